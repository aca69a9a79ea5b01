/**
 * The resources of the Open Referral UK API, built from the published listings: the root
 * document, services, service-at-locations, organisations, taxonomies and taxonomy terms, each
 * as list entries (one-to-one fields) and as full documents by id, and the page envelope.
 * Pure, so the static export (site/, one file per page and per id, see staticFeed.ts) and a
 * live API in the CMS (which pages and filters the same lists) publish the same documents.
 */
import type { FeedListing } from './listing.js'
import type { OpenReferralPage, OpenReferralService } from './schema.js'
import { OPEN_REFERRAL_VERSION } from './schema.js'
import { present, toOpenReferralService } from './toService.js'
import {
  VOCABULARIES,
  VOCABULARY_DESCRIPTIONS,
  VOCABULARY_URIS,
  councilTerms,
  taxonomyTermOf,
  vocabularyTerms,
  type FeedVocabularies,
  type VocabularyName,
} from './vocabulary.js'
import { taxonomyId } from './ids.js'

export const PAGE_SIZE = 50

/** The API's `GET /`: which version and profile the feed follows, and where its OpenAPI is. */
export const OPEN_REFERRAL_ROOT = {
  version: OPEN_REFERRAL_VERSION,
  profile: 'https://openreferraluk.org/developers/specifications/3.0',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
} as const

/** The list endpoints, by their path under the API's base. */
export const ENDPOINTS = [
  'services',
  'service_at_locations',
  'organizations',
  'taxonomies',
  'taxonomy_terms',
] as const
export type Endpoint = (typeof ENDPOINTS)[number]

type Document = Record<string, unknown> & { id: string }

/** One endpoint's records: the list entry and the full document of each, in list order. */
export interface EndpointRecords {
  items: Document[]
  documents: Document[]
}

export interface OpenReferralFeed {
  root: typeof OPEN_REFERRAL_ROOT
  endpoints: Record<Endpoint, EndpointRecords>
}

/** A record's one-to-one fields (arrays left out), as list endpoints give them. */
function oneToOne<T extends { id: string }>(record: T): Document {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => !Array.isArray(value)),
  ) as Document
}

/** A `/services` list entry: the service's one-to-one fields and its organisation's. */
export function toServiceListItem(service: OpenReferralService): Document {
  return { ...oneToOne(service), organization: oneToOne(service.organization) }
}

/**
 * The API spec's Page envelope around one page's `contents`, given the whole list's size: the
 * static export (pageOf, slicing a list) and the live API (paging in the database) share it.
 * A page past the end is empty; an empty list still has page 1.
 */
export function pageEnvelope<T>(page: {
  totalItems: number
  pageNumber: number
  size: number
  contents: readonly T[]
}) {
  const totalPages = Math.max(1, Math.ceil(page.totalItems / page.size))
  return {
    total_items: page.totalItems,
    total_pages: totalPages,
    page_number: page.pageNumber,
    size: page.contents.length,
    first_page: page.pageNumber === 1,
    last_page: page.pageNumber >= totalPages,
    empty: page.totalItems === 0,
    contents: [...page.contents],
  } satisfies OpenReferralPage
}

/** Page `pageNumber` (from 1) of a list, as the API spec's Page envelope. */
export function pageOf<T>(items: readonly T[], pageNumber: number, size = PAGE_SIZE) {
  return pageEnvelope({
    totalItems: items.length,
    pageNumber,
    size,
    contents: items.slice((pageNumber - 1) * size, pageNumber * size),
  })
}

/** Every page of a list. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE) {
  const totalPages = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: totalPages }, (_, index) => pageOf(items, index + 1, size))
}

/** The Local Offer's vocabularies as Open Referral `taxonomy` documents. */
export function taxonomyDocuments(): Document[] {
  return Object.values(VOCABULARIES).map((vocabulary: VocabularyName) => ({
    id: taxonomyId(vocabulary),
    name: vocabulary,
    description: VOCABULARY_DESCRIPTIONS[vocabulary],
    ...(VOCABULARY_URIS[vocabulary] ? { uri: VOCABULARY_URIS[vocabulary] } : {}),
  }))
}

/** Every term of the Local Offer's vocabularies, as `taxonomy_term` documents. */
export function taxonomyTermDocuments(vocabularies: FeedVocabularies): Document[] {
  return [...vocabularyTerms, ...councilTerms(vocabularies)].map((term) => taxonomyTermOf(term))
}

/** A service-at-location: the location, with the service's one-to-one fields. */
function serviceAtLocations(service: OpenReferralService) {
  return (service.service_at_locations ?? []).map((entry) => {
    const location = entry.location as Document
    const item = present({
      id: String(entry.id),
      service_id: service.id,
      location_id: location.id,
      location: oneToOne(location),
      service: toServiceListItem(service),
    })
    return { item, document: { ...item, location } }
  })
}

const byNameThenId = (a: { name?: unknown; id: string }, b: { name?: unknown; id: string }) =>
  String(a.name ?? '').localeCompare(String(b.name ?? ''), 'en') || a.id.localeCompare(b.id)

/**
 * By id, compared as code units (ids are lower-case UUIDs): the order the live API's database
 * gives, on SQLite and on PostgreSQL alike.
 */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Every resource of the feed of these published listings: services (and services at locations)
 * in id order, organisations in name order (then id), as the live API pages them.
 */
export function buildOpenReferralFeed(
  listings: readonly FeedListing[],
  vocabularies: FeedVocabularies,
): OpenReferralFeed {
  const services = listings
    .map((listing) => toOpenReferralService(listing, vocabularies))
    .sort(byId)

  const atLocations = services.flatMap(serviceAtLocations)

  const organisations = new Map<string, Document>()
  for (const service of services) {
    const organisation = service.organization as Document
    const entry = organisations.get(organisation.id) ?? { ...organisation, services: [] }
    ;(entry.services as unknown[]).push(toServiceListItem(service))
    organisations.set(organisation.id, entry)
  }
  const organisationDocuments = [...organisations.values()].sort(byNameThenId)

  const taxonomies = taxonomyDocuments()
  const terms = taxonomyTermDocuments(vocabularies)
  return {
    root: OPEN_REFERRAL_ROOT,
    endpoints: {
      services: { items: services.map(toServiceListItem), documents: services },
      service_at_locations: {
        items: atLocations.map(({ item }) => item),
        documents: atLocations.map(({ document }) => document),
      },
      organizations: {
        items: organisationDocuments.map(oneToOne),
        documents: organisationDocuments,
      },
      taxonomies: { items: taxonomies, documents: taxonomies },
      taxonomy_terms: { items: terms, documents: terms },
    },
  }
}
