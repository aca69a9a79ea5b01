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

export function useTranslations(locale: LocaleCode): TFunction {
  return i18n.getFixedT(locale)
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
