/**
 * Places a listing's venues when it is saved: each location's coordinates come from its
 * postcode (the postcode table, then the optional geocoding service), never from what the
 * provider typed. A postcode that cannot be placed does not stop the save: the location keeps
 * no coordinates and a warning the officer sees beside it (the venue is then missing from
 * near-me searches and maps until the postcode table has it).
 */
import { parsePostcode, postcodeDistrict, roundCoordinate } from '@local-offer/shared'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { knownAnswer, shareAnswer, sharesReads } from '../db/sharedReads'
import { geocodePostcode, geocoderUrlFromEnv } from './geocoder'

export const NOT_PLACED_WARNING =
  'We could not find this postcode in the postcode table, so this venue has no place on the map and is left out of “near me” searches. Check the postcode, or load the latest ONS Postcode Directory (see the officers’ guide).'

interface PlacedFields {
  latitude?: number | null
  longitude?: number | null
  placeWarning?: string | null
}

type LocationData = PlacedFields & { postcode?: string | null }

type Place = { latitude: number; longitude: number }

/** The key a postcode's stored place (or null: not in the table) is shared under (sharedReads). */
const postcodeKey = (postcode: string) => `postcode:${postcode}`

/** The stored places of these postcodes, in one query. */
async function readStoredPlaces(
  req: PayloadRequest,
  postcodes: readonly string[],
): Promise<Map<string, Place>> {
  const found = new Map<string, Place>()
  if (postcodes.length === 0) return found
  const stored = await req.payload.find({
    collection: 'postcodes',
    where: { postcode: { in: [...postcodes] } },
    select: { postcode: true, latitude: true, longitude: true },
    limit: postcodes.length,
    pagination: false,
    depth: 0,
    req,
  })
  for (const doc of stored.docs) {
    found.set(doc.postcode, { latitude: doc.latitude, longitude: doc.longitude })
  }
  return found
}

/** The postcodes of a listing's venues as entered (parsed), each once. */
export function venuePostcodes(data: unknown): string[] {
  const locations = (data as { locations?: LocationData[] | null } | null)?.locations
  if (!Array.isArray(locations)) return []
  return [...new Set(locations.map((l) => parsePostcode(l.postcode)).filter((p) => p !== null))]
}

/**
 * For a bulk load (inside `withSharedReads`): reads the stored places of every postcode the batch's
 * venues name in one query, so each listing's save finds its venues' places without a query of
 * its own (one query a listing was 0.7 s of every 500 listings loaded into PostgreSQL). Anywhere
 * else it does nothing.
 */
export async function sharePostcodePlaces(
  req: PayloadRequest,
  postcodes: readonly string[],
): Promise<void> {
  if (!sharesReads(req)) return
  const unknown = [...new Set(postcodes)].filter((p) => !knownAnswer(req, postcodeKey(p)))
  const stored = await readStoredPlaces(req, unknown)
  for (const postcode of unknown)
    shareAnswer(req, postcodeKey(postcode), stored.get(postcode) ?? null)
}

async function coordinatesFor(
  req: PayloadRequest,
  postcodes: readonly string[],
): Promise<Map<string, Place>> {
  const found = new Map<string, Place>()
  const toRead: string[] = []
  const notStored: string[] = []
  for (const postcode of postcodes) {
    const known = knownAnswer<Place | null>(req, postcodeKey(postcode))
    if (!known) toRead.push(postcode)
    else {
      const place = await known
      if (place) found.set(postcode, place)
      else notStored.push(postcode)
    }
  }
  const stored = await readStoredPlaces(req, toRead)
  for (const [postcode, place] of stored) found.set(postcode, place)
  notStored.push(...toRead.filter((p) => !stored.has(p)))
  const geocoder = geocoderUrlFromEnv()
  if (!geocoder) return found
  for (const postcode of notStored) {
    const place = await geocodePostcode(geocoder, postcode)
    if (!place) continue
    found.set(postcode, place)
    shareAnswer(req, postcodeKey(postcode), place)
    // Keep it, so the next save and the site's postcode files need not ask again.
    await req.payload.create({
      collection: 'postcodes',
      data: {
        postcode,
        district: postcodeDistrict(postcode),
        latitude: place.latitude,
        longitude: place.longitude,
        source: 'geocoder',
        importedAt: new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
  }
  return found
}

export const placeVenues: CollectionBeforeChangeHook = async ({ data, req }) => {
  const locations = (data as { locations?: LocationData[] | null }).locations
  if (!Array.isArray(locations) || locations.length === 0) return data
  const places = await coordinatesFor(req, venuePostcodes(data))
  for (const location of locations) {
    const postcode = parsePostcode(location.postcode)
    const place = postcode ? places.get(postcode) : undefined
    location.latitude = place ? roundCoordinate(place.latitude) : null
    location.longitude = place ? roundCoordinate(place.longitude) : null
    location.placeWarning = place ? null : NOT_PLACED_WARNING
  }
  return data
}
