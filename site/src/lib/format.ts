import { formattingTags, weekdays, type LocaleCode } from '@local-offer/shared'
import type { TFunction } from 'i18next'

import { textIn } from './localised'
import type { SiteOpeningTime } from './model'

/** The locale Intl formats with (British English for English), from the locale list. */
export const intlLocale = (locale: LocaleCode): string => formattingTags[locale]

/**
 * One formatter per language, made when first asked for: making an Intl formatter costs far
 * more than using one, and every listing page formats dates and language names.
 */
function perLocale<F>(make: (locale: LocaleCode) => F): (locale: LocaleCode) => F {
  const made = new Map<LocaleCode, F>()
  return (locale) => {
    let formatter = made.get(locale)
    if (!formatter) {
      formatter = make(locale)
      made.set(locale, formatter)
    }
    return formatter
  }
}

const dateFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    }),
)

const languageNames = perLocale(
  (locale) => new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'none' }),
)

const dayLists = perLocale(
  (locale) => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }),
)

/** 5 March 2026, in the page's language. `iso` is yyyy-mm-dd. */
export function formatDate(iso: string, locale: LocaleCode): string {
  return dateFormat(locale).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`))
}

/** A language's name in the page's language, e.g. "polski" → for code pl on a Polish page. */
export function languageName(code: string, locale: LocaleCode, fallback?: string): string {
  try {
    return languageNames(locale).of(code) ?? fallback ?? code
  } catch {
    return fallback ?? code
  }
}

/** Sorts by text the way the page's language sorts. */
export function compareIn(locale: LocaleCode): (a: string, b: string) => number {
  return new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true }).compare
}

/** "Ages 4 to 19", or "Age 5" for a single year, in the page's language. */
export function agesLabel(t: TFunction, range: { minimum: number; maximum: number }): string {
  return range.minimum === range.maximum
    ? t('common.agesSingle', { age: range.minimum })
    : t('common.ages', { from: range.minimum, to: range.maximum })
}

/** "Monday and Tuesday: 09:00 to 17:00" in the page's language (the note is not included). */
export function openingTimeText(
  t: TFunction,
  time: Pick<SiteOpeningTime, 'days' | 'opens' | 'closes'>,
  locale: LocaleCode,
): string {
  const days = dayLists(locale).format(
    time.days.map((day) =>
      textIn(weekdays.find((weekday) => weekday.value === day)?.label, locale),
    ),
  )
  return t('service.openingTime', { days, opens: time.opens, closes: time.closes })
}
