/**
 * The rows of a listing's "Key facts", built from the listing as data (as GOV.UK's summary list
 * and forms-runner's check-your-answers are), so which facts show, in which order and with which
 * text can be tested without rendering a page. KeyFacts.astro only lays the rows out.
 */
import {
  accessRoutes,
  areasOfNeed,
  costTypes,
  getCategory,
  labelText,
  localisedLabelFor,
  type LocaleCode,
} from '@local-offer/shared'
import type { TFunction } from 'i18next'

import { agesLabel, formatDate, languageName } from '../../../lib/format'
import type { MaybeLocalised, SiteService } from '../../../lib/model'
import type { SiteVocabularies } from '../../../lib/model'
import { pathFor } from '../../../lib/paths'

/** What a row shows: text already in the page's language, or a localised value to show in it. */
export type KeyFactValue =
  | { kind: 'text'; text: string }
  | { kind: 'localised'; value: MaybeLocalised | undefined }
  | { kind: 'link'; href: string; value: MaybeLocalised | undefined }
  | { kind: 'list'; items: Array<MaybeLocalised | undefined> }
  | { kind: 'date'; iso: string; text: string }

export interface KeyFactRow {
  /** The row's heading (dt), in the page's language. */
  key: string
  value: KeyFactValue
  /** Pagefind metadata the value (dd) carries, e.g. ages for the search results. */
  pagefindMeta?: string
}

/** `vocabularies`: the council's sub-categories and languages (their labels are data). */
export function keyFactRows(
  service: SiteService,
  locale: LocaleCode,
  t: TFunction,
  vocabularies: Pick<SiteVocabularies, 'subCategories' | 'languages'>,
): KeyFactRow[] {
  const category = getCategory(service.category)
  const yesNo = (answer: boolean) =>
    ({ kind: 'text', text: answer ? t('common.yes') : t('common.no') }) as const
  const rows: KeyFactRow[] = [
    {
      key: t('service.category'),
      value: {
        kind: 'link',
        href: pathFor(locale, `/categories/${category.value}/`),
        value: category.label,
      },
    },
  ]
  if (service.subCategories.length > 0) {
    rows.push({
      key: t('service.subCategories'),
      value: {
        kind: 'list',
        items: service.subCategories.map(
          (value) => localisedLabelFor(vocabularies.subCategories, value) ?? { en: value },
        ),
      },
    })
  }
  rows.push(
    {
      key: t('service.ages'),
      value: { kind: 'text', text: agesLabel(t, service.ageRange) },
      pagefindMeta: 'ages',
    },
    {
      key: t('service.areasOfNeed'),
      value:
        service.areasOfNeed.length === 0
          ? { kind: 'text', text: t('service.allNeeds') }
          : {
              kind: 'list',
              items: service.areasOfNeed.map((need) => localisedLabelFor(areasOfNeed, need)),
            },
    },
    {
      key: t('service.cost'),
      value: { kind: 'localised', value: localisedLabelFor(costTypes, service.cost.type) },
    },
    { key: t('service.ehcPlanRequired'), value: yesNo(service.access.ehcPlanRequired) },
    { key: t('service.referralRequired'), value: yesNo(service.access.referralRequired) },
    {
      key: t('service.howToGetIt'),
      value: {
        kind: 'list',
        items: service.access.routes.map((route) => localisedLabelFor(accessRoutes, route)),
      },
    },
  )
  if (service.languages.length > 0) {
    rows.push({
      key: t('service.languages'),
      value: {
        kind: 'text',
        text: service.languages
          .map((key) => {
            const term = vocabularies.languages.find((language) => language.value === key)
            return term ? labelText(term.label, locale) : languageName(key, locale, key)
          })
          .join(', '),
      },
    })
  }
  rows.push({
    key: t('service.lastReviewed'),
    value: {
      kind: 'date',
      iso: service.lastReviewed,
      text: formatDate(service.lastReviewed, locale),
    },
  })
  return rows
}
