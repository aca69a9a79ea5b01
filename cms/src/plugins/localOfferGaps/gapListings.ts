import type { Payload, PayloadRequest, Where } from 'payload'

import type { GapListing } from './dimensions'

/**
 * Listings families can find and rely on today: published, and neither overdue for review nor
 * withdrawn (a listing nobody has confirmed is not provision a commissioner can count on).
 */
export const currentPublishedListings: Where = {
  and: [{ _status: { equals: 'published' } }, { reviewStatus: { in: ['current', 'due-soon'] } }],
}

/**
 * Every published, current listing as the gap table counts it (no names, no text). Pass `req`
 * when counting inside a save, so the read joins its transaction.
 */
export async function gapListings(payload: Payload, req?: PayloadRequest): Promise<GapListing[]> {
  const { docs } = await payload.find({
    collection: 'services',
    where: currentPublishedListings,
    select: { category: true, areasOfNeed: true, ageRange: true, locations: { locality: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    ...(req ? { req } : {}),
  })
  return docs.map((listing) => ({
    category: listing.category,
    areasOfNeed: listing.areasOfNeed ?? [],
    ageRange: {
      minimum: listing.ageRange?.minimum ?? 0,
      maximum: listing.ageRange?.maximum ?? 25,
    },
    localities: (listing.locations ?? []).map((location) => location.locality),
  }))
}
