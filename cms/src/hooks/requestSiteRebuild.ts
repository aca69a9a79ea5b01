import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { requestSiteRebuild } from '../sitePublishing/requestSiteRebuild'
import { siteBuildStrings as s } from '../sitePublishing/strings'

/** How a collection the public site shows appears in a build's reason. */
export interface SiteContentOptions {
  collection: CollectionSlug
  /** "Listing", "Page"… */
  what: string
  /** The field holding the document's title (localized or not). */
  titleField: string
  /** Whether the collection has drafts: only publishing, withdrawing or deleting live content counts. */
  drafts: boolean
  /**
   * For collections without drafts: whether a new document changes the site on its own. A new
   * image or organisation does not: it appears only once a published listing uses it.
   */
  newDocumentsShow: boolean
}

/** Set `skipSiteRebuild: true` in the request context for bulk loads that publish the site themselves (the demo seed). */
interface SiteRebuildContext {
  skipSiteRebuild?: boolean
}

type Doc = Record<string, unknown> & { id: string | number }

const titleOf = (doc: Doc, field: string): string => {
  const value = doc[field]
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (value && typeof value === 'object') {
    const first = Object.values(value as Record<string, unknown>).find(
      (text) => typeof text === 'string' && text.trim(),
    )
    if (typeof first === 'string') return first.trim()
  }
  return `#${doc.id}`
}

/** Whether each document was live before the save in progress, per request object (see listingSaveContext). */
const liveBeforeSave = new WeakMap<object, Map<string, boolean>>()

async function ask(req: PayloadRequest, reason: string): Promise<void> {
  if ((req.context as SiteRebuildContext).skipSiteRebuild) return
  try {
    await requestSiteRebuild(req.payload, { reason })
  } catch (error) {
    // The change itself is saved; an officer can rebuild by hand (Site builds → Rebuild now).
    req.payload.logger.error({ err: error }, `Could not ask for a site rebuild (${reason})`)
  }
}

/**
 * Hooks for a collection the public site shows: they ask for a site rebuild (debounced, see
 * requestSiteRebuild) when what the public sees changes: a publish, a withdrawal (unpublish),
 * the deletion of a published document, or any change to a collection without drafts. Draft
 * saves never do.
 */
export function requestSiteRebuildHooks(options: SiteContentOptions): {
  beforeChange: CollectionBeforeChangeHook[]
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const key = (id: unknown) => `${options.collection}:${String(id)}`

  const rememberWhetherLive: CollectionBeforeChangeHook = async ({
    originalDoc,
    operation,
    req,
  }) => {
    if (operation !== 'update' || originalDoc?.id === undefined) return
    const live = (await req.payload.db.findOne({
      collection: options.collection,
      where: { id: { equals: originalDoc.id } },
      select: { _status: true },
      req,
    })) as { _status?: string } | null
    const forRequest = liveBeforeSave.get(req) ?? new Map<string, boolean>()
    forRequest.set(key(originalDoc.id), live?._status === 'published')
    liveBeforeSave.set(req, forRequest)
  }

  const requestSiteRebuildAfterChange: CollectionAfterChangeHook = async ({
    doc,
    operation,
    req,
  }) => {
    const document = doc as Doc
    const title = titleOf(document, options.titleField)
    if (!options.drafts) {
      if (operation === 'update' || options.newDocumentsShow) {
        await ask(req, s.changed(options.what, title))
      }
      return doc
    }
    if (document._status === 'published') {
      await ask(req, s.published(options.what, title))
      return doc
    }
    const wasLive = liveBeforeSave.get(req)?.get(key(document.id)) ?? false
    if (operation === 'update' && wasLive) {
      const live = (await req.payload.db.findOne({
        collection: options.collection,
        where: { id: { equals: document.id } },
        select: { _status: true },
        req,
      })) as { _status?: string } | null
      // A draft saved over a live document leaves it live; an unpublish does not.
      if (live?._status !== 'published') await ask(req, s.withdrawn(options.what, title))
    }
    return doc
  }

  const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const document = doc as Doc
    if (options.drafts && document._status !== 'published') return doc
    await ask(req, s.deleted(options.what, titleOf(document, options.titleField)))
    return doc
  }

  return {
    beforeChange: options.drafts ? [rememberWhetherLive] : [],
    afterChange: [requestSiteRebuildAfterChange],
    afterDelete: [requestSiteRebuildAfterDelete],
  }
}
