import { defaultLocale, type LocaleCode } from './locales.js'

/**
 * A page's path on the public site in a locale: English at the root, other languages under
 * /{locale}/. `path` is the locale-free path, starting with "/". Used by the site for its links
 * and by the CMS for the pages it sends people back to.
 */
export function localisedPath(locale: LocaleCode, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`
}
