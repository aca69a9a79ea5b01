/**
 * The council's localities (the CMS's `localities`, loaded as the `localities` collection) as
 * the site shows them: the search page's "Area" options and each venue's area. Pure.
 */
import { OUTSIDE_AREA, type LocaleCode } from '@local-offer/shared'

import { textIn } from './localised'
import type { SiteLocality } from './model'

/** The site's own words for OUTSIDE_AREA (the translation files' `locality.out-of-area`). */
type OutsideArea = string

/** A locality key's name in a language; OUTSIDE_AREA's from the translations. */
export function localityName(
  localities: readonly SiteLocality[],
  key: string,
  locale: LocaleCode,
  outsideArea: OutsideArea,
): string {
  if (key === OUTSIDE_AREA) return outsideArea
  const locality = localities.find((candidate) => candidate.key === key)
  return locality ? textIn(locality.name, locale) : key
}

/** The filter's options: the localities in name order for the language, then OUTSIDE_AREA. */
export function localityOptions(
  localities: readonly SiteLocality[],
  locale: LocaleCode,
  outsideArea: OutsideArea,
): { value: string; label: string }[] {
  return [
    ...localities
      .filter((locality) => locality.key !== OUTSIDE_AREA)
      .map((locality) => ({ value: locality.key, label: textIn(locality.name, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    { value: OUTSIDE_AREA, label: outsideArea },
  ]
}
