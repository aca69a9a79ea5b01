import { defaultLocale, type LocaleCode } from './locales.js'

/**
 * When each language's text of a listing or page was last changed (the CMS records it on every
 * save that changes the text, per locale: `textChangedAt`), as ISO date-times.
 */
export type TextChangedAt = Partial<Record<LocaleCode, string | null | undefined>>

/**
 * Whether the text in `locale` may no longer say what the English says: the English was changed
 * after the translation last was (issue 15 item 6). False for English itself, for a language with
 * no recorded change (nothing translated, or written before changes were recorded) and when
 * either date cannot be read: the notice is shown only when the dates say so.
 */
export function translationMayBeOutOfDate(
  changed: TextChangedAt | null | undefined,
  locale: LocaleCode,
): boolean {
  if (!changed || locale === defaultLocale) return false
  const english = Date.parse(changed[defaultLocale] ?? '')
  const translated = Date.parse(changed[locale] ?? '')
  if (Number.isNaN(english) || Number.isNaN(translated)) return false
  return english > translated
}

/** How much of an item has text in a language, comparing the fields that have English text. */
export type TranslationCoverage = 'translated' | 'partly' | 'not-translated'

/**
 * `translated` when every field with English text also has text in the language, `partly` when
 * some do, `not-translated` when none do (an item with no English text counts as translated:
 * there is nothing to translate).
 */
export function translationCoverage(
  fields: readonly (Partial<Record<LocaleCode, unknown>> | null | undefined)[],
  locale: LocaleCode,
): TranslationCoverage {
  const present = (value: unknown) =>
    value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')
  const withEnglish = fields.filter((field) => present(field?.[defaultLocale]))
  const done = withEnglish.filter((field) => present(field?.[locale])).length
  if (done === withEnglish.length) return 'translated'
  return done === 0 ? 'not-translated' : 'partly'
}
