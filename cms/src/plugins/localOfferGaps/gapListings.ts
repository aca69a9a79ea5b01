import { OUTSIDE_AREA, OUTSIDE_AREA_NAME, locales, type LocalisedText } from '@local-offer/shared'
import type { Payload, PayloadRequest, Where } from 'payload'

import { readKeepingLanguage } from '../../db/readKeepingLanguage'
import { gapDimensions, type Dimensions, type GapListing } from './dimensions'

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
  const { docs } = await readKeepingLanguage(req, (within) =>
    payload.find({
      collection: 'services',
      where: currentPublishedListings,
      select: { category: true, areasOfNeed: true, ageRange: true, locations: { locality: true } },
      depth: 0,
      limit: 0,
      pagination: false,
      locale: 'en',
      ...(within ? { req: within } : {}),
    }),
  )
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

/** A locality's name as read with `locale: 'all'`: one text per language that has one. */
function namesInEveryLanguage(name: unknown, fallback: string): LocalisedText {
  const names: Record<string, string> = { en: fallback }
  if (name && typeof name === 'object') {
    for (const { code } of locales) {
      const text = (name as Record<string, unknown>)[code]
      if (typeof text === 'string' && text.trim() !== '') names[code] = text
    }
  }
  return names as LocalisedText
}

/**
 * The four dimensions, with the council's localities (in English name order, each with its names
 * in every language, so a report's counts can label them in the reader's language). Pass `req`
 * when reading inside a save.
 */
export async function gapDimensionsNow(
  payload: Payload,
  req?: PayloadRequest,
): Promise<Dimensions> {
  const { docs } = await readKeepingLanguage(req, (within) =>
    payload.find({
      collection: 'localities',
      select: { slug: true, name: true },
      depth: 0,
      pagination: false,
      locale: 'all',
      ...(within ? { req: within } : {}),
    }),
  )
  const localities = docs
    .flatMap((doc) =>
      doc.slug ? [{ value: doc.slug, label: namesInEveryLanguage(doc.name, doc.slug) }] : [],
    )
    .sort((a, b) => a.label.en.localeCompare(b.label.en))
  return gapDimensions([...localities, { value: OUTSIDE_AREA, label: OUTSIDE_AREA_NAME }])
}
