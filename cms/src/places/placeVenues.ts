/**
 * Places a listing's venues when it is saved: each location's coordinates come from its
 * postcode (the postcode table, then the optional geocoding service), never from what the
 * provider typed. A postcode that cannot be placed does not stop the save: the location keeps
 * no coordinates and a warning the officer sees beside it (the venue is then missing from
 * near-me searches and maps until the postcode table has it).
 */
import { parsePostcode, postcodeDistrict, roundCoordinate } from '@local-offer/shared'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { geocodePostcode, geocoderUrlFromEnv } from './geocoder'

export const NOT_PLACED_WARNING =
  'We could not find this postcode in the postcode table, so this venue has no place on the map and is left out of “near me” searches. Check the postcode, or load the latest ONS Postcode Directory (see the officers’ guide).'

interface PlacedFields {
  latitude?: number | null
  longitude?: number | null
  placeWarning?: string | null
}

type LocationData = PlacedFields & { postcode?: string | null }

async function coordinatesFor(
  req: PayloadRequest,
  postcodes: readonly string[],
): Promise<Map<string, { latitude: number; longitude: number }>> {
  const found = new Map<string, { latitude: number; longitude: number }>()
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
  const geocoder = geocoderUrlFromEnv()
  if (!geocoder) return found
  for (const postcode of postcodes.filter((p) => !found.has(p))) {
    const place = await geocodePostcode(geocoder, postcode)
    if (!place) continue
    found.set(postcode, place)
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
  const wanted = [
    ...new Set(locations.map((l) => parsePostcode(l.postcode)).filter((p) => p !== null)),
  ]
  const places = await coordinatesFor(req, wanted)
  for (const location of locations) {
    const postcode = parsePostcode(location.postcode)
    const place = postcode ? places.get(postcode) : undefined
    location.latitude = place ? roundCoordinate(place.latitude) : null
    location.longitude = place ? roundCoordinate(place.longitude) : null
    location.placeWarning = place ? null : NOT_PLACED_WARNING
  }
  return data
}
