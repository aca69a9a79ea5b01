/**
 * The one way to turn a vocabulary value into the words people read. Every vocabulary in
 * `shared/` is a list of `{ value, label }`, the label either English only (officers' lists) or
 * given per locale; the CMS's select options, the site's pages, the Open Referral feed and the
 * comments export all read labels through these functions instead of each finding their own way.
 */
import { defaultLocale, type LocaleCode, type LocalisedText } from './locales.js'

/** A label as vocabularies give it: English only, or per locale (English always present). */
export type VocabularyLabel = string | LocalisedText

export interface VocabularyItem {
  readonly value: string
  readonly label: VocabularyLabel
}

/**
 * The label as text in a locale; English when the label is not translated into it (an empty
 * translation counts as none, as it does for content: see the site's showText).
 */
export function labelText(label: VocabularyLabel, locale: LocaleCode = defaultLocale): string {
  if (typeof label === 'string') return label
  return label[locale] || label.en
}

/** The label of `value` in a locale (English by default); undefined when `value` is not in the list. */
export function labelFor(
  list: readonly VocabularyItem[],
  value: string | null | undefined,
  locale: LocaleCode = defaultLocale,
): string | undefined {
  const item = list.find((candidate) => candidate.value === value)
  return item ? labelText(item.label, locale) : undefined
}

/**
 * The label of `value` in every locale it is written in, for a page that marks text shown in
 * English on a page in another language; undefined when `value` is not in the list.
 */
export function localisedLabelFor(
  list: readonly VocabularyItem[],
  value: string | null | undefined,
): LocalisedText | undefined {
  const item = list.find((candidate) => candidate.value === value)
  if (!item) return undefined
  return typeof item.label === 'string' ? { en: item.label } : item.label
}

/** Select options for the CMS: each value with its English label. */
export function englishOptions(
  list: readonly VocabularyItem[],
): Array<{ value: string; label: string }> {
  return list.map((item) => ({ value: item.value, label: labelText(item.label) }))
}
