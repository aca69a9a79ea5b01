/**
 * One page of `/services`, served from the stored documents (the read model, see collection.ts)
 * where they are still current. Reading 50 listings whole through Payload and mapping them took
 * about 70 ms of a page's answer at 10,000 listings on PostgreSQL; a stored list entry is one JSON
 * column of about 3 KB.
 *
 * A document is current while its key matches: the listing's and its organisation's last change,
 * the listing's closure today (the document says "temporarily closed" only while it is), the
 * council's vocabularies and localities (the terms' names), and the mapping's own fingerprint.
 * Any other document is made again from the listing, exactly as before, and stored for the next
 * reader; so the store needs no care when anything changes, on any number of CMS instances.
 */
import { closureOn } from '@local-offer/shared'
import { toOpenReferralService, toServiceListItem } from '@local-offer/shared/openReferral'
import type { Payload, Where } from 'payload'

import { serviceToFeedListing, type FeedService } from '../feedListing'
import type { KeyedVocabularies } from '../feedVocabularies'
import { jsonHash } from '../jsonHash'
import { findAllListings, SERVICE_ORDER, WITHOUT_ACCESS_ROUTES } from '../liveListings'
import { LIVE_LISTING } from '../serviceWhere'
import { STORED_SERVICE_DOCUMENTS } from './collection'
import { mappingFingerprint } from './mappingFingerprint'

/** A service as `/services` lists it. */
type ListItem = ReturnType<typeof toServiceListItem>

interface KeyParts {
  listingUpdatedAt: string
  organisationUpdatedAt: string | undefined
  closure: ReturnType<typeof closureOn>
  vocabularies: string
}

const keyOf = (parts: KeyParts) =>
  jsonHash([
    parts.listingUpdatedAt,
    parts.organisationUpdatedAt ?? '',
    parts.closure,
    parts.vocabularies,
    mappingFingerprint(),
  ])

/** The page's listings: only what the keys need. */
async function pageRows(payload: Payload, where: Where, page: number, perPage: number) {
  const result = await payload.find({
    collection: 'services',
    where,
    page,
    limit: perPage,
    sort: SERVICE_ORDER,
    depth: 0,
    overrideAccess: false,
    select: {
      openReferralId: true,
      updatedAt: true,
      organisation: true,
      temporaryClosure: { closed: true, reopens: true },
      ...WITHOUT_ACCESS_ROUTES,
    },
  })
  // Past the last page Payload reports no documents at all; the envelope needs the real total.
  const totalItems =
    result.docs.length === 0 && page > 1
      ? (await payload.count({ collection: 'services', where, overrideAccess: false })).totalDocs
      : result.totalDocs
  return { rows: result.docs, totalItems }
}

const idOf = (value: number | string | { id: number | string } | null | undefined) =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

/** When each organisation last changed, by id. */
async function organisationChanges(payload: Payload, ids: ReadonlyArray<number | string>) {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.updatedAt]))
}

async function storedDocuments(payload: Payload, listingIds: readonly string[]) {
  const { docs } = await payload.find({
    collection: STORED_SERVICE_DOCUMENTS,
    where: { listingId: { in: listingIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { listingId: true, sourceKey: true, listItem: true },
  })
  return new Map(docs.map((doc) => [doc.listingId, doc]))
}

/** Makes the entries of these listings again, stores them, and answers them by listing id. */
async function remake(
  payload: Payload,
  listingIds: readonly string[],
  { vocabularies, key: vocabulariesKey }: KeyedVocabularies,
): Promise<Map<string, ListItem>> {
  const listings: FeedService[] = await findAllListings(payload, {
    and: [LIVE_LISTING, { id: { in: [...listingIds] } }],
  })
  const made = new Map<string, ListItem>()
  for (const listing of listings) {
    const listItem = toServiceListItem(
      toOpenReferralService(serviceToFeedListing(listing), vocabularies),
    )
    const listingId = String(listing.id)
    made.set(listingId, listItem)
    // The key of what was actually read now (the listing may have changed since the page's ids).
    const sourceKey = keyOf({
      listingUpdatedAt: listing.updatedAt,
      organisationUpdatedAt: listing.organisation.updatedAt,
      closure: closureOn(listing.temporaryClosure),
      vocabularies: vocabulariesKey,
    })
    try {
      await payload.db.upsert({
        collection: STORED_SERVICE_DOCUMENTS,
        where: { listingId: { equals: listingId } },
        data: { listingId, sourceKey, listItem },
        returning: false,
      })
    } catch (error) {
      // Another instance stored it at the same moment: the answer is right either way, and the
      // next reader compares keys again.
      payload.logger.warn(
        { err: error },
        `Could not store the Open Referral document of listing ${listingId}; it is made again next time.`,
      )
    }
  }
  return made
}

export async function liveServiceDocuments(
  payload: Payload,
  where: Where,
  page: number,
  perPage: number,
  /** Being read beside the page's listings. */
  vocabulariesRead: Promise<KeyedVocabularies>,
): Promise<{ listItems: ListItem[]; totalItems: number }> {
  const [{ rows, totalItems }, vocabularies] = await Promise.all([
    pageRows(payload, where, page, perPage),
    vocabulariesRead,
  ])
  if (rows.length === 0) return { listItems: [], totalItems }
  const listingIds = rows.map((row) => String(row.id))
  const [organisations, stored] = await Promise.all([
    organisationChanges(
      payload,
      rows.flatMap((row) => idOf(row.organisation) ?? []),
    ),
    storedDocuments(payload, listingIds),
  ])
  const current = new Map<string, ListItem>()
  for (const row of rows) {
    const listingId = String(row.id)
    const entry = stored.get(listingId)
    const organisationId = idOf(row.organisation)
    const key = keyOf({
      listingUpdatedAt: row.updatedAt,
      organisationUpdatedAt:
        organisationId === undefined ? undefined : organisations.get(String(organisationId)),
      closure: closureOn(row.temporaryClosure),
      vocabularies: vocabularies.key,
    })
    if (entry && entry.sourceKey === key) current.set(listingId, entry.listItem as ListItem)
  }
  const stale = listingIds.filter((listingId) => !current.has(listingId))
  if (stale.length > 0) {
    for (const [listingId, listItem] of await remake(payload, stale, vocabularies)) {
      current.set(listingId, listItem)
    }
  }
  // A listing withdrawn between the two reads is left out (its page is one short, as it would be
  // a moment later).
  return {
    listItems: listingIds.flatMap((listingId) => current.get(listingId) ?? []),
    totalItems,
  }
}
