/**
 * The Pagefind filters each listing is indexed with. Values are stable keys (not labels), so a
 * search URL such as /search/?age=0-5&cost=free means the same thing in every language.
 */
import { areaOfNeedValues, listingLocalities, openingFilterValues } from '@local-offer/shared'

import type { SiteService } from './model'

// New keys go at the end, so the search addresses families already saved keep their order.
export const FILTER_KEYS = [
  'category',
  'age',
  'need',
  'cost',
  'ehc',
  'locality',
  'subcategory',
  'open',
  'access',
  'language',
  'venue',
] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type SearchFilters = Record<FilterKey, string[]>

/** `localityKeys`: every locality's key (the `localities` collection), for listings with no venue. */
export function searchFiltersFor(
  service: SiteService,
  localityKeys: readonly string[],
): SearchFilters {
  return {
    category: [service.category],
    age: [...service.ageGroups],
    // A listing that names no area of need is for every need.
    need: service.areasOfNeed.length > 0 ? [...service.areasOfNeed] : [...areaOfNeedValues],
    // "Some parts are free" is found by families looking for free and for charged services.
    cost: service.cost.type === 'free-and-charged' ? ['free', 'charged'] : [service.cost.type],
    ehc: [service.access.ehcPlanRequired ? 'needed' : 'not-needed'],
    // Delivered at home, in the community or online: available wherever in the area you live.
    locality: listingLocalities(service.locations, localityKeys),
    subcategory: [...service.subCategories],
    // Weekends, after 6pm, school holidays: from the opening times the listing already holds.
    open: openingFilterValues(service.openingTimes, service.subCategories),
    access: service.access.routes.includes('self-referral') ? ['self-referral'] : [],
    // Every service can be used in English, so only the other languages are worth a filter.
    language: service.languages.filter((code) => code !== 'en'),
    venue: [...new Set(service.locations.flatMap((location) => location.venueFeatures))],
  }
}

/**
 * One data-pagefind-filter value per filter value, e.g. ["category:education", "age:0-5"].
 * Pagefind takes one key:value pair per attribute, so each goes on its own element.
 */
export function pagefindFilterValues(filters: SearchFilters): string[] {
  return FILTER_KEYS.flatMap((key) => filters[key].map((value) => `${key}:${value}`))
}

/** Reads the filters chosen in a search URL, keeping only known keys. */
export function filtersFromSearchParams(params: URLSearchParams): Partial<SearchFilters> {
  const chosen: Partial<SearchFilters> = {}
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean)
    if (values.length > 0) chosen[key] = [...new Set(values)]
  }
  return chosen
}

/** The search URL's query string for a query and filters; the same state always gives the same URL. */
export function searchParamsFor(query: string, filters: Partial<SearchFilters>): URLSearchParams {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  for (const key of FILTER_KEYS) {
    for (const value of [...(filters[key] ?? [])].sort()) params.append(key, value)
  }
  return params
}

/** Pagefind's filter argument: within a group any chosen value matches; groups must all match. */
export type PagefindFilterArgument = Partial<Record<FilterKey, { any: string[] }>>

export function pagefindFilterArgument(chosen: Partial<SearchFilters>): PagefindFilterArgument {
  const argument: PagefindFilterArgument = {}
  for (const key of FILTER_KEYS) {
    const values = chosen[key]
    if (values && values.length > 0) argument[key] = { any: [...values] }
  }
  return argument
}

/**
 * The filter arguments for the counts beside a group's options. A family choosing "Education"
 * should still see how many "Health" results there are, since ticking it widens the search
 * (values in a group are alternatives). So each group with a choice is counted without its own
 * choice but with every other group's; groups without a choice are counted from the main search.
 */
export function facetCountArguments(
  chosen: Partial<SearchFilters>,
): Array<{ key: FilterKey; filters: PagefindFilterArgument }> {
  return FILTER_KEYS.filter((key) => (chosen[key]?.length ?? 0) > 0).map((key) => ({
    key,
    filters: pagefindFilterArgument({ ...chosen, [key]: [] }),
  }))
}

/** Counts per group and value, as Pagefind reports them. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>

/** The counts to show: each chosen group's from its own search, the others' from the main one. */
export function mergeFacetCounts(
  main: FilterCounts,
  perGroup: Array<{ key: FilterKey; counts: FilterCounts }>,
): FilterCounts {
  const merged: FilterCounts = { ...main }
  for (const { key, counts } of perGroup) merged[key] = counts[key] ?? {}
  return merged
}
