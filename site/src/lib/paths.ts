/**
 * URLs on the site: English at the root, other languages under /{locale}/.
 * `path` arguments are locale-free site paths starting and ending with "/".
 */
import { defaultLocale, localeCodes, localisedPath, type LocaleCode } from '@local-offer/shared'

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

/**
 * getStaticPaths entries for a page per item per locale: `entry` gives the item's own route
 * parameters and props; the locale is added to both.
 */
export function localeItemPaths<Item, Params extends Record<string, string>, Props>(
  items: readonly Item[],
  entry: (item: Item) => { params: Params; props: Props },
) {
  return localeCodes.flatMap((locale) =>
    items.map((item) => {
      const { params, props } = entry(item)
      return { params: { ...params, locale: localeParam(locale) }, props: { ...props, locale } }
    }),
  )
}
