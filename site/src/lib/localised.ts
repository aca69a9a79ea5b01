/** Choosing the text to show for a locale, and saying honestly when it is the English text. */
import { defaultLocale, getLocale, type LocaleCode, type TextDirection } from '@local-offer/shared'

import type { MaybeLocalised } from './model'

export interface ShownText {
  text: string
  /** The language the text is actually in. */
  lang: LocaleCode
  dir: TextDirection
  /** True when the page's language had no text and English is shown instead. */
  fallback: boolean
}

export function showText(
  value: MaybeLocalised | undefined,
  locale: LocaleCode,
): ShownText | undefined {
  if (!value) return undefined
  const own = value[locale]
  if (own) return { text: own, lang: locale, dir: getLocale(locale).dir, fallback: false }
  const english = value[defaultLocale]
  if (english)
    return { text: english, lang: defaultLocale, dir: 'ltr', fallback: locale !== defaultLocale }
  return undefined
}

/** The plain text for a locale (English when not translated), for attributes and metadata. */
export function textIn(value: MaybeLocalised | undefined, locale: LocaleCode): string {
  return showText(value, locale)?.text ?? ''
}

/** Like showText, for any localised value (a page's content parts): `text` is the value. */
export function showLocalised<T>(
  value: MaybeLocalised<T> | undefined,
  locale: LocaleCode,
): (Omit<ShownText, 'text'> & { value: T }) | undefined {
  if (!value) return undefined
  const own = value[locale]
  if (own) return { value: own, lang: locale, dir: getLocale(locale).dir, fallback: false }
  const english = value[defaultLocale]
  if (english)
    return { value: english, lang: defaultLocale, dir: 'ltr', fallback: locale !== defaultLocale }
  return undefined
}

/** Whether any of the given fields, shown in `locale`, falls back to English. */
export function hasFallback(
  values: Array<MaybeLocalised<unknown> | undefined>,
  locale: LocaleCode,
): boolean {
  return values.some((value) => showLocalised(value, locale)?.fallback === true)
}

/** Attributes that mark a fallback: lang and dir of the text actually shown. */
export function langAttributes(shown: Pick<ShownText, 'lang' | 'dir' | 'fallback'> | undefined): {
  lang?: string
  dir?: string
} {
  return shown?.fallback ? { lang: shown.lang, dir: shown.dir } : {}
}

/**
 * The `data-pagefind-meta` of a localised value a search result shows as `key` (its title,
 * its summary). When the page shows the English text, the meta also takes the element's `lang`
 * as `<key>Lang`, so the result can mark that text as English too (WCAG 3.1.2: a screen reader
 * then reads it as English, not as Polish or Arabic).
 */
export function searchResultMeta(
  key: string,
  value: MaybeLocalised | undefined,
  locale: LocaleCode,
): string {
  return showText(value, locale)?.fallback ? `${key}, ${key}Lang[lang]` : key
}
