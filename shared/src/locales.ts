/**
 * The one list of languages the Local Offer is published in.
 * Add a locale here and both the CMS (Payload localization) and the site pick it up.
 */
export type TextDirection = 'ltr' | 'rtl'

export interface LocaleDefinition {
  /** BCP 47 code used in URLs and `lang` attributes. */
  readonly code: string
  /** The language's name in English, for officers. */
  readonly englishName: string
  /** The language's name in itself, for the language switcher. */
  readonly nativeName: string
  readonly dir: TextDirection
}

export const locales = [
  { code: 'en', englishName: 'English', nativeName: 'English', dir: 'ltr' },
  { code: 'pl', englishName: 'Polish', nativeName: 'Polski', dir: 'ltr' },
  { code: 'ar', englishName: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly LocaleDefinition[]

export type LocaleCode = (typeof locales)[number]['code']

export const defaultLocale: LocaleCode = 'en'

/**
 * The tag each locale's dates, lists and sorting are formatted with, and the sitemap's hreflang:
 * British English for English (Intl's bare "en" is American: "March 5, 2026"). A map beside the
 * list rather than a field of it: the search page's script bundles the list, and a field only the
 * build reads would only make that script bigger.
 */
export const formattingTags = {
  en: 'en-GB',
  pl: 'pl',
  ar: 'ar',
} as const satisfies Record<LocaleCode, string>

export const localeCodes: readonly LocaleCode[] = locales.map((l) => l.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value)
}

export function getLocale(code: LocaleCode): LocaleDefinition {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}"`)
  return found
}

/** A string given in some or all locales. English is always present. */
export type LocalisedText = { en: string } & Partial<Record<LocaleCode, string>>
