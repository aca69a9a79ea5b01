/**
 * Each venue's locality is derived from its postcode when a listing is saved (issue 12 item 2),
 * from the postcode districts and sectors the `localities` cover; never chosen by the provider.
 * A venue no locality covers is OUTSIDE_AREA.
 */
import { localityForPostcode, type LocalityCoverage } from '@local-offer/shared'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sharedRead } from '../db/sharedReads'

/** Every locality's key and postcode areas. */
export async function localityCoverage(req: PayloadRequest): Promise<LocalityCoverage[]> {
  const { docs } = await sharedRead(req, 'locality-coverage', () =>
    req.payload.find({
      collection: 'localities',
      select: { slug: true, postcodeAreas: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  return docs.flatMap((doc) =>
    doc.slug ? [{ key: doc.slug, postcodeAreas: doc.postcodeAreas ?? [] }] : [],
  )
}

export const deriveVenueLocalities: CollectionBeforeChangeHook = async ({ data, req }) => {
  const locations = (
    data as { locations?: Array<{ postcode?: string | null; locality?: string | null }> | null }
  ).locations
  if (!Array.isArray(locations) || locations.length === 0) return data
  const coverage = await localityCoverage(req)
  for (const location of locations) {
    location.locality = localityForPostcode(location.postcode, coverage)
  }
  return data
}
