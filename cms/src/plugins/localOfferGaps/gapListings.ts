import { OUTSIDE_AREA, OUTSIDE_AREA_NAME } from '@local-offer/shared'
import type { Payload, Where } from 'payload'

import { gapDimensions, type Dimensions, type GapListing } from './dimensions'

/**
 * Listings families can find and rely on today: published, and neither overdue for review nor
 * withdrawn (a listing nobody has confirmed is not provision a commissioner can count on).
 */
export const currentPublishedListings: Where = {
  and: [{ _status: { equals: 'published' } }, { reviewStatus: { in: ['current', 'due-soon'] } }],
}

/** Every published, current listing as the gap table counts it (no names, no text). */
export async function gapListings(payload: Payload): Promise<GapListing[]> {
  const { docs } = await payload.find({
    collection: 'services',
    where: currentPublishedListings,
    select: { category: true, areasOfNeed: true, ageRange: true, locations: { locality: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
  })
  return docs.map((listing) => ({
    category: listing.category,
    areasOfNeed: listing.areasOfNeed ?? [],
    ageRange: {
      minimum: listing.ageRange?.minimum ?? 0,
      maximum: listing.ageRange?.maximum ?? 25,
    },
    localities: (listing.locations ?? []).map((location) => location.locality ?? OUTSIDE_AREA),
  }))
}

/** The four dimensions, with the council's localities (English names, in name order). */
export async function gapDimensionsNow(payload: Payload): Promise<Dimensions> {
  const { docs } = await payload.find({
    collection: 'localities',
    select: { slug: true, name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    locale: 'en',
  })
  return gapDimensions([
    ...docs.flatMap((doc) => (doc.slug ? [{ value: doc.slug, label: doc.name ?? doc.slug }] : [])),
    { value: OUTSIDE_AREA, label: OUTSIDE_AREA_NAME },
  ])
}
