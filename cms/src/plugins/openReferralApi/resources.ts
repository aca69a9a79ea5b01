/**
 * The answers of the live Open Referral UK API, each built by the shared mapping
 * (@local-offer/shared/openReferral: `toOpenReferralService`, `buildOpenReferralFeed`,
 * `pageEnvelope`) from `FeedListing`s, exactly as the static export builds its files, so the
 * two publish the same documents. The database filters and pages; this only maps. The services
 * list serves each listing's stored document while it is current (storedDocuments/).
 */
import type { Payload } from 'payload'
import {
  OPEN_REFERRAL_ROOT,
  buildOpenReferralFeed,
  derivedId,
  pageEnvelope,
  taxonomyDocuments,
  taxonomyTermDocuments,
  toOpenReferralService,
  type OpenReferralFeed,
} from '@local-offer/shared/openReferral'

import { notFound } from './apiErrors'
import { feedVocabularies } from './feedVocabularies'
import { serviceToFeedListing } from './feedListing'
import {
  findListingByOpenReferralId,
  findListingsOf,
  findAllListings,
  findOrganisationsPage,
  listingVenueCounts,
} from './liveListings'
import { liveServiceDocuments } from './storedDocuments/liveServiceDocuments'
import { readPaging, readServiceFilters, readTaxonomyFilters, type Paging } from './queryParameters'
import {
  LIVE_LISTING,
  NO_COUNCIL_TERMS,
  filtersUseTerms,
  serviceWhere,
  vocabularyOf,
} from './serviceWhere'

export const root = () => OPEN_REFERRAL_ROOT

const emptyPage = (paging: Paging) =>
  pageEnvelope({ totalItems: 0, pageNumber: paging.page, size: paging.perPage, contents: [] })

export async function servicesPage(payload: Payload, parameters: Map<string, string>) {
  const paging = readPaging(parameters)
  const filters = readServiceFilters(parameters)
  // Read beside the page's listings, unless the filters need the council's terms first. Awaited
  // in liveServiceDocuments (a failure is answered there); the catch only keeps an early return
  // from leaving a rejection unhandled.
  const vocabularies = feedVocabularies(payload)
  vocabularies.catch(() => undefined)
  const where = serviceWhere(
    filters,
    filtersUseTerms(filters) ? (await vocabularies).vocabularies : NO_COUNCIL_TERMS,
  )
  if (!where) return emptyPage(paging)
  const { listItems, totalItems } = await liveServiceDocuments(
    payload,
    where,
    paging.page,
    paging.perPage,
    vocabularies,
  )
  return pageEnvelope({
    totalItems,
    pageNumber: paging.page,
    size: paging.perPage,
    contents: listItems,
  })
}

export async function service(payload: Payload, id: string) {
  const listing = await findListingByOpenReferralId(payload, id)
  if (!listing) throw notFound(`There is no live service with the id ${id}.`)
  return toOpenReferralService(
    serviceToFeedListing(listing),
    (await feedVocabularies(payload)).vocabularies,
  )
}

/** The feed of some listings: the shared mapping's resources, built as the static export does. */
const feedOf = async (
  payload: Payload,
  listings: Parameters<typeof serviceToFeedListing>[0][],
): Promise<OpenReferralFeed> =>
  buildOpenReferralFeed(
    listings.map(serviceToFeedListing),
    (await feedVocabularies(payload)).vocabularies,
  )

/** Each venue of each live listing in list order, with its service-at-location id. */
async function venues(payload: Payload) {
  const counts = await listingVenueCounts(payload)
  return counts.flatMap(({ openReferralId, venues: count }) =>
    Array.from({ length: count }, (_, index) => ({
      openReferralId,
      id: derivedId(openReferralId, `service-at-location/${index}`),
    })),
  )
}

/** The service-at-location records (list entries and documents) of these listings. */
async function serviceAtLocationsOf(payload: Payload, openReferralIds: readonly string[]) {
  const listings =
    openReferralIds.length === 0
      ? []
      : await findAllListings(payload, {
          and: [LIVE_LISTING, { openReferralId: { in: [...new Set(openReferralIds)] } }],
        })
  return (await feedOf(payload, listings)).endpoints.service_at_locations
}

export async function serviceAtLocationsPage(payload: Payload, parameters: Map<string, string>) {
  const paging = readPaging(parameters)
  const all = await venues(payload)
  const onPage = all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage)
  const records = await serviceAtLocationsOf(
    payload,
    onPage.map((venue) => venue.openReferralId),
  )
  const items = new Map(records.items.map((item) => [item.id, item]))
  return pageEnvelope({
    totalItems: all.length,
    pageNumber: paging.page,
    size: paging.perPage,
    contents: onPage.flatMap((venue) => items.get(venue.id) ?? []),
  })
}

export async function serviceAtLocation(payload: Payload, id: string) {
  const venue = (await venues(payload)).find((candidate) => candidate.id === id)
  const records = await serviceAtLocationsOf(payload, venue ? [venue.openReferralId] : [])
  const document = records.documents.find((candidate) => candidate.id === id)
  if (!document) throw notFound(`There is no live service at location with the id ${id}.`)
  return document
}

export async function organizationsPage(payload: Payload, parameters: Map<string, string>) {
  const paging = readPaging(parameters)
  const { organisations, totalItems } = await findOrganisationsPage(
    payload,
    paging.page,
    paging.perPage,
  )
  const feed = await feedOf(payload, await findListingsOf(payload, organisations))
  const items = new Map(feed.endpoints.organizations.items.map((item) => [item.id, item]))
  return pageEnvelope({
    totalItems,
    pageNumber: paging.page,
    size: paging.perPage,
    contents: organisations.flatMap((organisation) =>
      organisation.openReferralId ? (items.get(organisation.openReferralId) ?? []) : [],
    ),
  })
}

export async function organization(payload: Payload, id: string) {
  const { organisations } = await findOrganisationsPage(payload, 1, 1, id)
  const feed = await feedOf(payload, await findListingsOf(payload, organisations))
  const document = feed.endpoints.organizations.documents.find((candidate) => candidate.id === id)
  if (!document) throw notFound(`There is no organization with live services with the id ${id}.`)
  return document
}

export function taxonomiesPage(parameters: Map<string, string>) {
  const paging = readPaging(parameters)
  const all = taxonomyDocuments()
  return pageEnvelope({
    totalItems: all.length,
    pageNumber: paging.page,
    size: paging.perPage,
    contents: all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage),
  })
}

export function taxonomy(id: string) {
  const document = taxonomyDocuments().find((candidate) => candidate.id === id)
  if (!document) throw notFound(`There is no taxonomy with the id ${id}.`)
  return document
}

export async function taxonomyTermsPage(payload: Payload, parameters: Map<string, string>) {
  const paging = readPaging(parameters)
  const { byId, byName } = vocabularyOf(readTaxonomyFilters(parameters))
  const all = taxonomyTermDocuments((await feedVocabularies(payload)).vocabularies).filter(
    (term) =>
      byId !== null &&
      (byId === undefined || term.taxonomy === byId) &&
      (byName === undefined || term.taxonomy === byName),
  )
  return pageEnvelope({
    totalItems: all.length,
    pageNumber: paging.page,
    size: paging.perPage,
    contents: all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage),
  })
}

export async function taxonomyTerm(payload: Payload, id: string) {
  const documents = taxonomyTermDocuments((await feedVocabularies(payload)).vocabularies)
  const document = documents.find((candidate) => candidate.id === id)
  if (!document) throw notFound(`There is no taxonomy term with the id ${id}.`)
  return document
}
