/**
 * Near-me search in the browser: the family's postcode → coordinates from the site's static
 * postcode files (lib/places/postcodeFiles), and each result's distance from the venues its
 * listing page declares (`data-pagefind-meta="places:…"`). Nothing is sent anywhere.
 */
import {
  distanceInMiles,
  parsePostcode,
  parseWithin,
  postcodeDistrict,
  type Coordinates,
  type WithinMiles,
} from '@local-offer/shared'

/** What the URL asks for: `near` as the family typed it, and `within` if it is one we offer. */
export interface PlaceChoice {
  near: string
  within: WithinMiles | null
}

export function placeFromSearchParams(params: URLSearchParams): PlaceChoice {
  // A tampered URL can hold anything: keep a short, single-line text, which is shown back only
  // as the input's value (never as HTML).
  const near = (params.get('near') ?? '').replace(/\s+/g, ' ').trim().slice(0, 16)
  return { near, within: parseWithin(params.get('within')) }
}

export function addPlaceParams(params: URLSearchParams, place: PlaceChoice): URLSearchParams {
  const postcode = parsePostcode(place.near)
  const near = postcode ?? place.near.trim()
  if (near) params.set('near', near)
  if (near && place.within) params.set('within', String(place.within))
  return params
}

export type PlaceLookup =
  | { kind: 'found'; postcode: string; at: Coordinates }
  | { kind: 'malformed' }
  | { kind: 'unknown'; postcode: string }

const files = new Map<string, Promise<Record<string, [number, number]> | null>>()

function districtFile(district: string): Promise<Record<string, [number, number]> | null> {
  let file = files.get(district)
  if (!file) {
    file = fetch(`/places/${encodeURIComponent(district)}.json`)
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
    files.set(district, file)
  }
  return file
}

/** The postcode's coordinates from its district's file. */
export async function lookUpPostcode(near: string): Promise<PlaceLookup> {
  const postcode = parsePostcode(near)
  if (!postcode) return { kind: 'malformed' }
  const file = await districtFile(postcodeDistrict(postcode))
  const point = file?.[postcode]
  if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') {
    return { kind: 'unknown', postcode }
  }
  return { kind: 'found', postcode, at: { latitude: point[0], longitude: point[1] } }
}

/** "51.45612,-0.19201;51.46,-0.2" → coordinates; anything unreadable is left out. */
export function venuesFromMeta(meta: string | undefined): Coordinates[] {
  if (!meta) return []
  return meta.split(';').flatMap((pair) => {
    const [latitude, longitude] = pair.split(',').map(Number)
    return Number.isFinite(latitude) && Number.isFinite(longitude)
      ? [{ latitude: latitude!, longitude: longitude! }]
      : []
  })
}

/** "51.45612,-0.19201;…": what a listing page declares for near-me search and the map. */
export function venuesMeta(venues: readonly Coordinates[]): string {
  return venues.map((v) => `${v.latitude},${v.longitude}`).join(';')
}

export interface Placed<T> {
  item: T
  /** Miles to the nearest venue; undefined for a listing with no placed venue. */
  miles?: number
}

/**
 * Results in distance order, nearest venue first. Listings delivered without a venue (phone
 * lines, outreach, online) stay, after those with a distance, in their search order; listings
 * whose every venue is further than `within` are left out.
 */
export function byDistance<T>(
  items: readonly T[],
  venuesOf: (item: T) => readonly Coordinates[],
  from: Coordinates,
  within: WithinMiles | null,
): Placed<T>[] {
  const placed: Placed<T>[] = []
  const unplaced: Placed<T>[] = []
  for (const item of items) {
    const venues = venuesOf(item)
    if (venues.length === 0) {
      unplaced.push({ item })
      continue
    }
    const miles = Math.min(...venues.map((venue) => distanceInMiles(from, venue)))
    if (within === null || miles <= within) placed.push({ item, miles })
  }
  placed.sort((a, b) => a.miles! - b.miles!)
  return [...placed, ...unplaced]
}

/** "1.2 miles" in the page's language (Intl's unit formatting: "1,2 mili", "١٫٢ ميل"). */
export function formatMiles(miles: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'mile',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
    minimumFractionDigits: miles < 10 ? 1 : 0,
  }).format(miles < 0.1 ? 0.1 : miles)
}

/**
 * Each listing's venues by its Pagefind result id, from the file the index build writes
 * (site/searchPlaces.mjs): venues, or none for a listing with no venue. Pages it leaves out
 * (guidance pages, listings whose venues could not be placed) have nothing to rank by.
 */
export type ResultPlaces = ReadonlyMap<string, readonly Coordinates[]>

/** A places file as fetched: anything but strings by id counts as nothing. */
export function resultPlacesFrom(data: unknown): ResultPlaces {
  const places = new Map<string, Coordinates[]>()
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return places
  for (const [id, value] of Object.entries(data)) {
    if (typeof value === 'string') places.set(id, venuesFromMeta(value))
  }
  return places
}

/** The places of results shown by their fragments (when the places file can't be had). */
export function resultPlacesFromMeta(
  results: ReadonlyArray<{ id: string; meta: Record<string, string | undefined> }>,
): ResultPlaces {
  const places = new Map<string, Coordinates[]>()
  for (const { id, meta } of results) {
    if (meta.places) places.set(id, venuesFromMeta(meta.places))
    else if (meta.venue === 'none') places.set(id, [])
  }
  return places
}

const placesFiles = new Map<string, Promise<ResultPlaces | null>>()

/** Pagefind names a result "<language>_<hash>"; its language's places file, fetched once. */
export function resultPlacesFor(resultId: string): Promise<ResultPlaces | null> {
  const language = resultId.slice(0, resultId.indexOf('_'))
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(language)) return Promise.resolve(null)
  let file = placesFiles.get(language)
  if (!file) {
    file = fetch(`/search-places/${language}.json`)
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => (data === null ? null : resultPlacesFrom(data)))
      .catch(() => null)
    placesFiles.set(language, file)
  }
  return file
}

export interface RankedResult<T> {
  result: T
  /** Miles to the nearest venue; undefined when there is none to measure to. */
  miles?: number
  /** A listing delivered without a venue (a phone line, outreach). */
  noVenue: boolean
}

/** Results by distance (see byDistance), ranked from their places alone: no fragment is read. */
export function rankByDistance<T extends { id: string }>(
  results: readonly T[],
  places: ResultPlaces,
  from: Coordinates,
  within: WithinMiles | null,
): RankedResult<T>[] {
  return byDistance(results, (r) => places.get(r.id) ?? [], from, within).map(
    ({ item, miles }) => ({ result: item, miles, noVenue: places.get(item.id)?.length === 0 }),
  )
}
