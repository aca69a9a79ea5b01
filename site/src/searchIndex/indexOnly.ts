/**
 * What Pagefind indexes about a listing that its page need not carry: the search filters, the
 * venues' places (near-me distances) and families' other words for what it offers. Sent to the
 * index only (indexSite.mjs adds it to the page's HTML as Pagefind reads it), so every listing
 * page is about 1.5 KB lighter for the family who opens it (the 20 KB listing page budget).
 * The file the build writes (`search-index-only.json`) is removed before the site is published.
 */
import type { LocaleCode } from '@local-offer/shared'
import escapeHtml from 'escape-html'

import { venuesMeta } from '../components/search/nearMe'
import { listingExtraWords } from '../components/search/searchWords'
import type { SiteService, SiteSubCategory } from '../lib/model'
import { pagefindFilterValues, searchFiltersFor } from '../lib/searchFilters'

/** The built page this is for, as Pagefind names it: `ar/services/<slug>/index.html`. */
export const INDEX_ONLY_FILE = 'search-index-only.json'

export function listingIndexOnlyHtml(
  service: SiteService,
  locale: LocaleCode,
  wordGroups: Parameters<typeof listingExtraWords>[2],
  localityKeys: readonly string[],
  subCategories: readonly SiteSubCategory[],
): string {
  const filters = pagefindFilterValues(searchFiltersFor(service, localityKeys))
  // Placed venues, for near-me search's distances and the results map.
  const venues = service.locations.flatMap((location) => (location.place ? [location.place] : []))
  // "respite" finds short breaks, "SALT" speech and language therapy.
  const extraWords = listingExtraWords(service, locale, wordGroups, subCategories)
  return [
    '<div hidden>',
    ...filters.map((filter) => `<span data-pagefind-filter="${escapeHtml(filter)}"></span>`),
    venues.length > 0
      ? `<span data-pagefind-meta="${escapeHtml(`places:${venuesMeta(venues)}`)}"></span>`
      : '',
    service.locations.length === 0 ? '<span data-pagefind-meta="venue:none"></span>' : '',
    extraWords.length > 0
      ? `<p data-pagefind-weight="0.5">${escapeHtml(extraWords.join(' '))}</p>`
      : '',
    '</div>',
  ].join('')
}
