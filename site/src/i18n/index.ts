/**
 * UI strings for the site, one i18next resource file per locale (./locales/*.json).
 * Pages call `useTranslations(locale)`; nothing user-facing is written inline in templates.
 */
import { createInstance, type TFunction } from 'i18next'
import { defaultLocale, localeCodes, MapUpTo, type LocaleCode } from '@local-offer/shared'

import ar from './locales/ar.json'
import en from './locales/en.json'
import pl from './locales/pl.json'

export const resources = {
  en: { translation: en },
  pl: { translation: pl },
  ar: { translation: ar },
}

const i18n = createInstance()
void i18n.init({
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...localeCodes],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Each locale's translate function, made once (see `remembering`). */
const translators = new Map<LocaleCode, TFunction>()

export function useTranslations(locale: LocaleCode): TFunction {
  let t = translators.get(locale)
  if (!t) {
    t = remembering(i18n.getFixedT(locale))
    translators.set(locale, t)
  }
  return t
}

/** How many texts made with options are kept for a locale before they are let go together. */
const TEXTS_WITH_OPTIONS_KEPT = 5000

/** The options of a call whose text depends only on them: each value a string, number or boolean. */
function plainOptionsKey(options: unknown): string | null {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return null
  for (const value of Object.values(options)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return null
    }
  }
  return JSON.stringify(options)
}

/**
 * `t`, remembering the texts it has made. Every page asks for the same texts (the header, footer,
 * section headings, key facts' labels, the council's name, the same age ranges and opening
 * hours): at 10,000 listings i18next took 20 s of a full build's CPU (docs/benchmark.md). The
 * resources never change while the site is built, so a key with the same plain options always
 * gives the same text. Texts without options are at most the keys in the locale's file; those
 * with options (a page's own address among them) are let go every TEXTS_WITH_OPTIONS_KEPT.
 */
function remembering(t: TFunction): TFunction {
  const translate = t as unknown as (key: unknown, ...rest: unknown[]) => unknown
  const texts = new Map<string, string>()
  const textsWithOptions = new MapUpTo<string, string>(TEXTS_WITH_OPTIONS_KEPT)
  const remembered = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 1) return translate(key, ...rest)
    const optionsKey = rest.length === 0 ? '' : plainOptionsKey(rest[0])
    if (optionsKey === null) return translate(key, ...rest)
    const kept = optionsKey ? textsWithOptions : texts
    const cacheKey = optionsKey ? `${key}\u0000${optionsKey}` : key
    const known = kept.get(cacheKey)
    if (known !== undefined) return known
    const text = translate(key, ...rest)
    if (typeof text !== 'string') return text
    kept.set(cacheKey, text)
    return text
  }
  return Object.assign(remembered, t) as unknown as TFunction
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/**
 * The plural forms of a key as written in the locale's file ({{count}} left in), for the
 * search island, which formats counts in the browser without loading i18next.
 */
export function pluralTemplates(locale: LocaleCode, key: string): Record<string, string> {
  const forms: Record<string, string> = {}
  for (const form of PLURAL_FORMS) {
    const text = i18n.getResource(locale, 'translation', `${key}_${form}`) as unknown
    if (typeof text === 'string') forms[form] = text
  }
  if (Object.keys(forms).length > 0 || locale === defaultLocale) return forms
  return pluralTemplates(defaultLocale, key)
}
