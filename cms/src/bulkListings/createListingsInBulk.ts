import { randomBytes } from 'node:crypto'

import type {
  JsonObject,
  Payload,
  PayloadRequest,
  RequestContext,
  SanitizedCollectionConfig,
  TypedLocale,
} from 'payload'

import { withSharedReads } from '../db/sharedReads'

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
 * unless the context skips it). One listing costs one document write and one version write
 * instead of three saves, each reading the document and its versions back.
 *
 * For bulk loads (seed, benchmark, importers) of new listings only. Run it inside a transaction
 * (`inTransaction`) with `req` in the default locale; the listings' ids come back in order.
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

async function writeEach(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  listings: readonly NewListing[],
  onListing: ((written: number) => Promise<void> | void) | undefined,
): Promise<Service['id'][]> {
  const defaultLocale = req.locale as TypedLocale
  const baseContext = req.context
  const ids: Service['id'][] = []
  for (const listing of listings) {
    req.context = { ...baseContext, ...listing.context }
    const withLocales = await prepareListing({
      collection,
      req,
      data: listing.data,
      translations: listing.translations,
      draft: listing.draft,
      newRowId,
    })
    const now = new Date().toISOString()
    const stored: JsonObject = { ...withLocales, createdAt: now, updatedAt: now }
    const created = (await payload.db.create({
      collection: COLLECTION,
      data: stored,
      req,
      select: { id: true },
    })) as { id: Service['id'] }
    await payload.db.createVersion({
      autosave: false,
      collectionSlug: COLLECTION,
      createdAt: now,
      parent: created.id,
      req,
      returning: false,
      updatedAt: now,
      versionData: { ...stored, id: created.id } as unknown as Service,
    })
    const doc = {
      ...documentInLocale(collection.flattenedFields, stored, defaultLocale),
      id: created.id,
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
    ids.push(created.id)
    await onListing?.(ids.length)
  }
  req.context = baseContext
  return ids
}
