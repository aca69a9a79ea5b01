import type { FlattenedField } from 'payload'

/** A document (or a group's or array row's part of one) as the Local API takes it, in one locale. */
export type DocumentInLocale = Record<string, unknown>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Array rows without an id get one (24 hex digits, the form Payload gives them), so that a
 * translation's rows can be matched with the default locale's rows by id, as Payload matches them.
 */
export function giveArrayRowsIds(
  fields: readonly FlattenedField[],
  data: DocumentInLocale,
  newId: () => string,
): void {
  for (const field of fields) {
    const value = data[field.name]
    if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) {
        if (!isRecord(row)) continue
        if (typeof row.id !== 'string' || row.id === '') row.id = newId()
        giveArrayRowsIds(field.flattenedFields, row, newId)
      }
    } else if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
      giveArrayRowsIds(field.flattenedFields, value, newId)
    }
  }
}

/**
 * The translations of a document in Payload's "with locales" form: each localized field's value
 * becomes `{ [locale]: value }` for the locales that have one, found through groups, and through
 * arrays row by row (a translation's rows are the default locale's rows in the same order, and
 * take their ids). Fields that are not localized are left out: they come from the default locale.
 *
 * This is what Payload's field hooks merge the saved locale into (their `docWithLocales`), so one
 * pass over the default locale's data yields the whole document in every locale.
 */
export function translationsWithLocales(
  fields: readonly FlattenedField[],
  defaultLocaleData: DocumentInLocale,
  translations: ReadonlyMap<string, DocumentInLocale>,
  parentIsLocalized = false,
): DocumentInLocale {
  const result: DocumentInLocale = {}
  for (const field of fields) {
    if (!('name' in field)) continue
    if (field.localized && !parentIsLocalized) {
      const byLocale: Record<string, unknown> = {}
      for (const [locale, translation] of translations) {
        const value = translation[field.name]
        if (value !== undefined) byLocale[locale] = value
      }
      if (Object.keys(byLocale).length > 0) result[field.name] = byLocale
      continue
    }
    if (field.type === 'blocks') {
      throw new Error(
        `Bulk writes do not handle blocks fields ("${field.name}"); save this collection one document at a time.`,
      )
    }
    if (field.type === 'group' || field.type === 'tab') {
      const inner = new Map<string, DocumentInLocale>()
      for (const [locale, translation] of translations) {
        const value = translation[field.name]
        if (isRecord(value)) inner.set(locale, value)
      }
      const own = defaultLocaleData[field.name]
      const merged = translationsWithLocales(field.flattenedFields, isRecord(own) ? own : {}, inner)
      if (Object.keys(merged).length > 0) result[field.name] = merged
      continue
    }
    if (field.type === 'array') {
      const rows = defaultLocaleData[field.name]
      if (!Array.isArray(rows) || rows.length === 0) continue
      const merged = rows.map((row: unknown, index) => {
        const own = isRecord(row) ? row : {}
        const inner = new Map<string, DocumentInLocale>()
        for (const [locale, translation] of translations) {
          const translatedRows = translation[field.name]
          if (!Array.isArray(translatedRows)) continue
          if (translatedRows.length !== rows.length) {
            throw new Error(
              `The ${locale} translation of "${field.name}" has ${translatedRows.length} rows where the default locale has ${rows.length}; give one row for each, in the same order.`,
            )
          }
          const translatedRow: unknown = translatedRows[index]
          if (isRecord(translatedRow)) inner.set(locale, translatedRow)
        }
        return { id: own.id, ...translationsWithLocales(field.flattenedFields, own, inner) }
      })
      result[field.name] = merged
    }
  }
  return result
}
