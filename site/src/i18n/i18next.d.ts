/**
 * Ties i18next's `t` to the English strings, as Starlight does: a key that is not in
 * ./locales/en.json (a typo, or a string removed from the file) fails `astro check`
 * instead of showing the key itself to a family. English is the complete file; the other
 * locales fall back to it, so their keys are a subset of these.
 */
import 'i18next'

import type en from './locales/en.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
    returnNull: false
  }
}
