/**
 * Places: postcodes, coordinates and distances, shared by the CMS (placing a venue when a
 * listing is saved), the postcode import, the site build (the static postcode files) and the
 * search page in the browser (near me). Pure: no I/O.
 */
import turfDistance from '@turf/distance'

import { normaliseUkPostcode, validateUkPostcode } from '../validation.js'

/** A point in WGS84 (what GPS, OpenStreetMap and the ONS Postcode Directory use). */
export interface Coordinates {
  readonly latitude: number
  readonly longitude: number
}

/** The distances a family can limit a near-me search to, in miles. */
export const withinMiles = [1, 3, 5, 10] as const
export type WithinMiles = (typeof withinMiles)[number]

/** "sw1a 1aa" → "SW1A 1AA"; null when it is not a full UK postcode. */
export function parsePostcode(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null
  return validateUkPostcode(value) === true ? normaliseUkPostcode(value) : null
}

/** The outward code: "SW1A 1AA" → "SW1A". The site publishes one postcode file per district. */
export function postcodeDistrict(postcode: string): string {
  return (postcode.trim().toUpperCase().split(/\s+/)[0] ?? '').replace(/[^A-Z0-9]/g, '')
}

/** Latitude/longitude that are numbers on the globe (ONS uses 99.999999 for "no grid reference"). */
export function isOnTheGlobe(latitude: unknown, longitude: unknown): boolean {
  return (
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180 &&
    !(latitude === 99.999999 || (latitude === 0 && longitude === 0))
  )
}

/** Great-circle distance in miles (Turf's haversine, on its mean Earth radius). */
export function distanceInMiles(from: Coordinates, to: Coordinates): number {
  return turfDistance([from.longitude, from.latitude], [to.longitude, to.latitude], {
    units: 'miles',
  })
}

/** A `within` value from a URL: one of withinMiles, or null for anything else. */
export function parseWithin(value: unknown): WithinMiles | null {
  const n = typeof value === 'string' && /^\d{1,2}$/.test(value.trim()) ? Number(value) : value
  return (withinMiles as readonly unknown[]).includes(n) ? (n as WithinMiles) : null
}

/** Coordinates rounded to 5 decimal places (about a metre): what the site publishes. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5
}

/**
 * Directions to a venue in OpenStreetMap (open data, no account, no tracking cookie), ending at
 * the venue's coordinates; the family's own start is chosen on that page.
 */
export function directionsUrl(to: Coordinates): string {
  const point = `${roundCoordinate(to.latitude)},${roundCoordinate(to.longitude)}`
  return `https://www.openstreetmap.org/directions?route=%3B${encodeURIComponent(point)}#map=16/${point.replace(',', '/')}`
}
