import {
  localeCodes,
  translationCoverage,
  translationMayBeOutOfDate,
  type LocaleCode,
  type TextChangedAt,
} from '@local-offer/shared'
import type { Payload } from 'payload'

import { TEXT_CHANGED_AT } from './recordTextChange'
import { translatableFields, valueAt, type TranslatedCollection } from './translatableFields'

/** One published item as the report reads it: its fields in every locale (`locale=all`). */
export interface TranslatedItem {
  collection: TranslatedCollection
  id: string | number
  /** Its English title or name. */
  title: string
  /** Each translatable field as { en, pl, ar } (what `locale=all` returns). */
  fields: ReadonlyArray<Partial<Record<LocaleCode, unknown>> | undefined>
  changedAt: TextChangedAt
}

export interface LanguageShare {
  locale: LocaleCode
  collection: TranslatedCollection
  total: number
  translated: number
  partly: number
}

export interface OutOfDate {
  item: TranslatedItem
  locale: LocaleCode
  englishChanged: string
  translationChanged: string
}

export const translationLocales = localeCodes.filter((code) => code !== 'en')

/** Per language and collection, how many items are translated in full and in part. */
export function languageShares(items: readonly TranslatedItem[]): LanguageShare[] {
  return translationLocales.flatMap((locale) =>
    (Object.keys(translatableFields) as TranslatedCollection[]).map((collection) => {
      const ofCollection = items.filter((item) => item.collection === collection)
      const coverage = ofCollection.map((item) => translationCoverage(item.fields, locale))
      return {
        locale,
        collection,
        total: ofCollection.length,
        translated: coverage.filter((c) => c === 'translated').length,
        partly: coverage.filter((c) => c === 'partly').length,
      }
    }),
  )
}

/**
 * The translations whose English changed after them (only where there is a translation to be
 * out of date), oldest translation first: the most likely to be wrong.
 */
export function outOfDateTranslations(items: readonly TranslatedItem[]): OutOfDate[] {
  return items
    .flatMap((item) =>
      translationLocales
        .filter(
          (locale) =>
            translationCoverage(item.fields, locale) !== 'not-translated' &&
            translationMayBeOutOfDate(item.changedAt, locale),
        )
        .map((locale) => ({
          item,
          locale,
          englishChanged: item.changedAt.en ?? '',
          translationChanged: item.changedAt[locale] ?? '',
        })),
    )
    .sort((a, b) => a.translationChanged.localeCompare(b.translationChanged))
}

const TITLE_FIELD: Record<TranslatedCollection, string> = { services: 'name', pages: 'title' }

/** Every published listing and page, in all languages, as the report reads them. */
export async function publishedTranslatedItems(payload: Payload): Promise<TranslatedItem[]> {
  const collections = Object.keys(translatableFields) as TranslatedCollection[]
  const lists = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        locale: 'all',
        depth: 0,
        limit: 0,
        pagination: false,
      })
      return docs.map((doc): TranslatedItem => {
        const title = valueAt(doc, TITLE_FIELD[collection]) as Partial<Record<LocaleCode, string>>
        return {
          collection,
          id: doc.id,
          title: title?.en ?? String(doc.id),
          fields: translatableFields[collection].map(
            (path) => valueAt(doc, path) as Partial<Record<LocaleCode, unknown>> | undefined,
          ),
          changedAt: (valueAt(doc, TEXT_CHANGED_AT) ?? {}) as TextChangedAt,
        }
      })
    }),
  )
  return lists.flat()
}
