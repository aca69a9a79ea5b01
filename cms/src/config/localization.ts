import { defaultLocale, locales } from '@local-offer/shared'
import type { LocalizationConfig } from 'payload'

/** Payload localization from the one locale list in @local-offer/shared. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale) => ({
    code: locale.code,
    label: `${locale.nativeName} (${locale.englishName})`,
    rtl: locale.dir === 'rtl',
  })),
  defaultLocale,
  fallback: true,
}
