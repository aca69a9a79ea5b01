/**
 * UI strings for the site, one i18next resource file per locale (./locales/*.json).
 * Pages call `useTranslations(locale)`; nothing user-facing is written inline in templates.
 */
import { createInstance, type TFunction } from 'i18next'
import { defaultLocale, localeCodes, type LocaleCode } from '@local-offer/shared'

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

/**
 * `t`, remembering the text of each key asked for without options. Every page asks for the same
 * texts (the header, footer, section headings, key facts' labels): at 10,000 listings i18next took
 * 20 s of a full build's CPU (docs/benchmark.md). The resources never change while the site is
 * built, so a key always gives the same text; a call with options (a count, a date, a name) is
 * translated each time, so the texts kept are at most the keys in the locale's file.
 */
function remembering(t: TFunction): TFunction {
  const translate = t as unknown as (key: unknown, ...rest: unknown[]) => unknown
  const texts = new Map<string, string>()
  const remembered = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 0) return translate(key, ...rest)
    const known = texts.get(key)
    if (known !== undefined) return known
    const text = translate(key)
    if (typeof text === 'string') texts.set(key, text)
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
