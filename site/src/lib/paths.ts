/**
 * URLs on the site: English at the root, other languages under /{locale}/.
 * `path` arguments are locale-free site paths starting and ending with "/".
 */
import { defaultLocale, localeCodes, localisedPath, type LocaleCode } from '@local-offer/shared'

export function localePrefix(locale: LocaleCode): string {
  return locale === defaultLocale ? '' : `/${locale}`
}

export function pathFor(locale: LocaleCode, path: string): string {
  return localisedPath(locale, path)
}

/** The `[...locale]` route parameter for each locale (undefined is the root, English). */
export function localeParam(locale: LocaleCode): string | undefined {
  return locale === defaultLocale ? undefined : locale
}

/** getStaticPaths entries for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({
    params: { locale: localeParam(locale) },
    props: { locale },
  }))
}

/** Splits a site pathname into its locale and the locale-free path. */
export function splitLocale(pathname: string): { locale: LocaleCode; path: string } {
  const [, first, ...rest] = pathname.split('/')
  const match = localeCodes.find((code) => code !== defaultLocale && code === first)
  if (match) return { locale: match, path: `/${rest.join('/')}` }
  return { locale: defaultLocale, path: pathname }
}
