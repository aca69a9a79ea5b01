import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { requestSiteRebuild } from '../sitePublishing/requestSiteRebuild'
import { siteBuildStrings as s } from '../sitePublishing/strings'
import { liveChangeOfSave } from './liveState'

/** How a collection the public site shows appears in a build's reason. */
export interface SiteContentOptions {
  collection: CollectionSlug
  /** "Listing", "Page"… */
  what: string
  /** The field holding the document's title (localized or not). */
  titleField: string
  /**
   * Whether the collection has drafts: only publishing, withdrawing or deleting live content
   * counts (the collection must then be wrapped in trackLiveState, see hooks/liveState).
   */
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
    // A draft saved over a live document leaves it live; an unpublish does not.
    const change = liveChangeOfSave(req, options.collection, document, operation)
    if (change === 'published') await ask(req, s.published(options.what, title))
    if (change === 'withdrawn') await ask(req, s.withdrawn(options.what, title))
    return doc
  }

  const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const document = doc as Doc
    if (options.drafts && document._status !== 'published') return doc
    await ask(req, s.deleted(options.what, titleOf(document, options.titleField)))
    return doc
  }

  return {
    beforeChange: [],
    afterChange: [requestSiteRebuildAfterChange],
    afterDelete: [requestSiteRebuildAfterDelete],
  }
}
