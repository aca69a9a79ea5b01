import { randomBytes } from 'node:crypto'

import type {
  JsonObject,
  Payload,
  PayloadRequest,
  RequestContext,
  SanitizedCollectionConfig,
  TypedLocale,
} from 'payload'

import { buildVersionCollectionFields } from 'payload'

import { withAuditEntriesBatched } from '../audit/batchedAuditEntries'
import { rememberLatestVersion } from '../audit/recordAudit'
import {
  collectionTableName,
  insertDocuments,
  isSqlAdapter,
  sqlDatabaseOf,
  type SqlAdapter,
} from '../db/batchInsert'
import { withSharedReads } from '../db/sharedReads'
import { sharePostcodePlaces, venuePostcodes } from '../places/placeVenues'
import { withSiteRebuildRequestsBatched } from '../plugins/sitePublishing/hooks/batchedRebuildRequests'

import type { Service } from '../payload-types'
import { documentInLocale, prepareListing } from './prepareListing'
import { giveArrayRowsIds, type DocumentInLocale } from './translationsWithLocales'

/** One new listing: its default-locale data as `payload.create` takes it, and its translations. */
export interface NewListing {
  data: DocumentInLocale
  /** Each other locale's text, shaped like `data` (array rows in the same order). */
  translations: ReadonlyMap<TypedLocale, DocumentInLocale>
  /** Saved as a draft (not published). */
  draft: boolean
  /** Request context for this listing's hooks (review "today", the audit log's actor label…). */
  context?: RequestContext
}

const COLLECTION = 'services'

/** A written listing: its id and its first version's. */
interface Written {
  id: Service['id']
  versionId: string | number
}

/** A new array row id: 24 hex digits, as Payload makes them. */
const newRowId = () => randomBytes(12).toString('hex')

/**
 * The listing's data with an id on every array row (rows that have one keep it), so translations
 * can be shaped on the same rows before `createListingsInBulk` writes them.
 */
export function withArrayRowIds<T extends DocumentInLocale>(payload: Payload, data: T): T {
  const copy = structuredClone(data)
  giveArrayRowsIds(payload.collections[COLLECTION].config.flattenedFields, copy, newRowId)
  return copy
}

/**
 * Writes new listings, each in all its locales at once, with what `payload.create` followed by a
 * save in each translation's locale would leave: the same stored document (Payload's field
 * pipeline and the collection's hooks work it out, `prepareListing`), one version, and the
 * collection's afterChange hooks run (the audit log's "published" entry, the site rebuild request
 * unless the context skips it). On SQLite and PostgreSQL the whole batch's rows go in with one
 * insert per table, where three saves a listing made about 140 statements, each save reading the
 * document and its versions back. Every listing is worked out (and validated) before anything is
 * written, so one invalid listing writes none of the batch.
 *
 * For bulk loads (seed, benchmark) of new listings only. Run it inside a transaction
 * (`inTransaction`) with `req` in the default locale; the listings' ids come back in order. Reads
 * the listings' hooks share are read once (`withSharedReads`).
 */
export async function createListingsInBulk(
  payload: Payload,
  req: PayloadRequest,
  listings: readonly NewListing[],
  onListing?: (written: number) => Promise<void> | void,
): Promise<Service['id'][]> {
  const localization = payload.config.localization
  const defaultLocale = localization ? localization.defaultLocale : 'en'
  if (req.locale !== defaultLocale) {
    throw new Error(
      `createListingsInBulk needs a request in the default locale (${defaultLocale}), not ${String(req.locale)}.`,
    )
  }
  const collection = payload.collections[COLLECTION].config
  return withSharedReads(req, () => writeEach(payload, req, collection, listings, onListing))
}

/**
 * SQLite and PostgreSQL: the batch's documents, then their first versions, one multi-row insert
 * per table (`insertDocuments`), as Payload's create and createVersion write each.
 */
async function insertInBatch(
  payload: Payload,
  req: PayloadRequest,
  adapter: SqlAdapter,
  collection: SanitizedCollectionConfig,
  stored: readonly JsonObject[],
): Promise<Written[]> {
  const db = await sqlDatabaseOf(adapter, req)
  const documentTable = collectionTableName(adapter, COLLECTION)
  const versionTable = collectionTableName(adapter, COLLECTION, { versions: true })
  const created = await insertDocuments({
    adapter,
    db,
    tableName: documentTable,
    fields: collection.flattenedFields,
    documents: stored,
    keyOf: (row) => row.openReferralId,
  })
  const ids = created.map((row) => row.id as Service['id'])
  // What Payload's createVersion writes for a document's first version (no earlier version to
  // mark as not the latest).
  const versions = await insertDocuments({
    adapter,
    db,
    tableName: versionTable,
    fields: buildVersionCollectionFields(payload.config, collection, true),
    documents: stored.map((document, index) => {
      const { id: _id, ...version } = document
      return {
        autosave: false,
        createdAt: document.createdAt,
        latest: true,
        parent: ids[index],
        updatedAt: document.updatedAt,
        version,
      }
    }),
    keyOf: (row) => row.parent,
  })
  return ids.map((id, index) => ({ id, versionId: versions[index]!.id as Written['versionId'] }))
}

/**
 * Any other database (MongoDB): each document and its first version through the adapter's own
 * create and createVersion. Not run here: no MongoDB server runs on these machines.
 */
async function insertOneByOne(
  payload: Payload,
  req: PayloadRequest,
  stored: readonly JsonObject[],
): Promise<Written[]> {
  const written: Written[] = []
  for (const document of stored) {
    const created = (await payload.db.create({
      collection: COLLECTION,
      data: document,
      req,
      select: { id: true },
    })) as { id: Service['id'] }
    const version = await payload.db.createVersion({
      autosave: false,
      collectionSlug: COLLECTION,
      createdAt: String(document.createdAt),
      parent: created.id,
      req,
      updatedAt: String(document.updatedAt),
      versionData: { ...document, id: created.id } as unknown as Service,
    })
    written.push({ id: created.id, versionId: version.id })
  }
  return written
}

async function writeEach(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  listings: readonly NewListing[],
  onListing: ((written: number) => Promise<void> | void) | undefined,
): Promise<Service['id'][]> {
  const baseContext = req.context
  const contexts = listings.map((listing) => ({ ...baseContext, ...listing.context }))
  // The venues' places for the whole batch in one read (each listing's placeVenues hook uses it).
  await sharePostcodePlaces(
    req,
    listings.flatMap((listing) => venuePostcodes(listing.data)),
  )
  const stored: JsonObject[] = []
  try {
    for (const [index, listing] of listings.entries()) {
      req.context = contexts[index]!
      const withLocales = await prepareListing({
        collection,
        req,
        data: listing.data,
        translations: listing.translations,
        draft: listing.draft,
        newRowId,
      })
      const now = new Date().toISOString()
      stored.push({ ...withLocales, createdAt: now, updatedAt: now })
    }
  } finally {
    req.context = baseContext
  }

  const written = isSqlAdapter(payload.db)
    ? await insertInBatch(payload, req, payload.db, collection, stored)
    : await insertOneByOne(payload, req, stored)
  // The hooks' audit entries name each listing's version without reading it back.
  for (const { id, versionId } of written) rememberLatestVersion(req, id, versionId)

  // The audit entries the hooks record go in together once every hook has run, and the site
  // rebuilds they ask for are asked for once.
  await withSiteRebuildRequestsBatched(req, () =>
    withAuditEntriesBatched(req, () =>
      runAfterChangeHooks(req, collection, stored, written, contexts, onListing),
    ),
  )
  return written.map(({ id }) => id)
}

/** The collection's afterChange hooks for each written listing, as after its create. */
async function runAfterChangeHooks(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  stored: readonly JsonObject[],
  written: readonly Written[],
  contexts: readonly RequestContext[],
  onListing: ((written: number) => Promise<void> | void) | undefined,
): Promise<void> {
  const defaultLocale = req.locale as TypedLocale
  const baseContext = req.context
  try {
    for (const [index, document] of stored.entries()) {
      req.context = contexts[index]!
      const doc = {
        ...documentInLocale(collection.flattenedFields, document, defaultLocale),
        id: written[index]!.id,
      }
      for (const hook of collection.hooks.afterChange ?? []) {
        await hook({
          collection,
          context: req.context,
          data: doc,
          doc,
          operation: 'create',
          previousDoc: {},
          req,
        })
      }
      await onListing?.(index + 1)
    }
  } finally {
    req.context = baseContext
  }
}
