/**
 * Reading live listings and organisations for the live Open Referral API, filtered and paged
 * by the database. Every query runs with the public's access (no user: the request's sign-in,
 * if any, is not used), on top of the explicit live-listing condition, so a draft or withdrawn
 * listing can never be read through the API even by a signed-in officer.
 */
import type { Payload, Where } from 'payload'

import type { Organisation } from '../../payload-types'
import type { FeedOrganisationDocument, FeedService } from './feedListing'
import { LIVE_LISTING } from './serviceWhere'

/** What the mapping does not use: not read. */
const UNUSED_SERVICE_FIELDS = {
  image: false,
  moderation: false,
  moderationComment: false,
  reviewIntervalMonths: false,
  responsibleOfficer: false,
  internalNotes: false,
} as const
const UNUSED_ORGANISATION_FIELDS = { logo: false, address: false } as const

/**
 * To read a few columns of many listings, name one field of the `access` group too: without it
 * Payload 3.90 still gathers every listing's `access.routes` (a has-many select in that group) in
 * a sub-query per row, 24 ms for the rows before page 150 at 10,000 listings on PostgreSQL.
 */
export const WITHOUT_ACCESS_ROUTES = { access: { ehcPlanRequired: true } } as const

/**
 * Services (and so services at locations) are listed in Open Referral id order, as the static
 * export lists them: the id is a column of the listing itself, unique and indexed, so the database
 * walks the index to a page. A name order would join the localized names and sort every live
 * listing for each page (36 ms of a page's answer at 10,000 listings on PostgreSQL).
 */
export const SERVICE_ORDER = 'openReferralId'
/** Organisations are in name order (a column of their own), then id. */
const ORGANISATION_ORDER = ['name', 'openReferralId']

const common = {
  collection: 'services',
  depth: 1,
  locale: 'en',
  fallbackLocale: false,
  overrideAccess: false,
  select: UNUSED_SERVICE_FIELDS,
  populate: { organisations: UNUSED_ORGANISATION_FIELDS },
} as const

type ReadListing = Omit<FeedService, 'organisation'> & {
  organisation: FeedService['organisation'] | number
}

/** The listings, each with its organisation populated (an unreadable one is an error). */
function asFeedServices(docs: readonly ReadListing[]): FeedService[] {
  return docs.map((doc) => {
    const { organisation } = doc
    if (typeof organisation !== 'object') {
      throw new Error(`Listing ${doc.id}: its organisation could not be read.`)
    }
    return { ...doc, organisation }
  })
}

export async function findAllListings(payload: Payload, where: Where): Promise<FeedService[]> {
  const result = await payload.find({ ...common, where, pagination: false, sort: SERVICE_ORDER })
  return asFeedServices(result.docs)
}

export async function findListingByOpenReferralId(
  payload: Payload,
  openReferralId: string,
): Promise<FeedService | undefined> {
  const listings = await findAllListings(payload, {
    and: [LIVE_LISTING, { openReferralId: { equals: openReferralId } }],
  })
  return listings[0]
}

/** Each live listing's Open Referral id and number of venues, in list order. */
export async function listingVenueCounts(
  payload: Payload,
): Promise<Array<{ openReferralId: string; venues: number }>> {
  const result = await payload.find({
    collection: 'services',
    where: LIVE_LISTING,
    depth: 0,
    locale: 'en',
    overrideAccess: false,
    pagination: false,
    sort: SERVICE_ORDER,
    select: { openReferralId: true, locations: { locality: true }, ...WITHOUT_ACCESS_ROUTES },
  })
  return result.docs.flatMap((doc) =>
    doc.openReferralId
      ? [{ openReferralId: doc.openReferralId, venues: doc.locations?.length ?? 0 }]
      : [],
  )
}

/** The ids of the organisations that have at least one live listing. */
async function organisationsWithLiveListings(payload: Payload): Promise<Array<string | number>> {
  const result = await payload.find({
    collection: 'services',
    where: LIVE_LISTING,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { organisation: true, ...WITHOUT_ACCESS_ROUTES },
  })
  const ids = result.docs.map((doc) =>
    typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation,
  )
  return [...new Set(ids)]
}

export async function findOrganisationsPage(
  payload: Payload,
  page: number,
  perPage: number,
  openReferralId?: string,
): Promise<{ organisations: FeedOrganisationDocument[]; totalItems: number }> {
  const ids = await organisationsWithLiveListings(payload)
  if (ids.length === 0) return { organisations: [], totalItems: 0 }
  const where: Where = {
    and: [
      { id: { in: ids } },
      ...(openReferralId ? [{ openReferralId: { equals: openReferralId } }] : []),
    ],
  }
  const result = await payload.find({
    collection: 'organisations',
    where,
    depth: 0,
    locale: 'en',
    overrideAccess: false,
    page,
    limit: perPage,
    sort: ORGANISATION_ORDER,
    select: UNUSED_ORGANISATION_FIELDS,
  })
  const totalItems =
    result.docs.length === 0 && page > 1
      ? (await payload.count({ collection: 'organisations', where, overrideAccess: false }))
          .totalDocs
      : result.totalDocs
  return { organisations: result.docs, totalItems }
}

/** The live listings of these organisations. */
export function findListingsOf(
  payload: Payload,
  organisations: ReadonlyArray<Pick<Organisation, 'id'>>,
): Promise<FeedService[]> {
  return findAllListings(payload, {
    and: [LIVE_LISTING, { organisation: { in: organisations.map((entry) => entry.id) } }],
  })
}
