import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { liveChangeOfSave, wasLiveWhenDeleted } from '../../../hooks/liveState'
import { askForRebuild, batchedRebuildRequests } from './batchedRebuildRequests'
import { siteBuildStrings as s } from '../strings'
import type { WatchedCollection } from '../types'

/** Set `skipSiteRebuild: true` in the request context for bulk loads that publish the site themselves (the demo seed). */
interface SiteRebuildContext {
  skipSiteRebuild?: boolean
}

export interface RebuildHookOptions extends WatchedCollection {
  /** Whether the collection has drafts (then it must be wrapped in trackLiveState). */
  drafts: boolean
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
  const batch = batchedRebuildRequests(req)
  if (batch) {
    batch.push(reason)
    return
  }
  await askForRebuild(req, { reason })
}

/**
 * Hooks for a collection the public site shows: they ask for a site rebuild (debounced, see
 * requestSiteRebuild) when what the public sees changes: a publish, a withdrawal (unpublish),
 * the deletion of a published document, or any change to a collection without drafts. Draft
 * saves never do. The plugin appends them after the collection's own hooks.
 */
export function requestSiteRebuildHooks(
  collection: string,
  watched: RebuildHookOptions,
): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const requestSiteRebuildAfterChange: CollectionAfterChangeHook = async ({
    doc,
    operation,
    req,
  }) => {
    const document = doc as Doc
    const title = titleOf(document, watched.titleField)
    if (!watched.drafts) {
      if (operation === 'update' || (watched.newDocumentsShow ?? true)) {
        await ask(req, s.changed(watched.what, title))
      }
      return doc
    }
    // A draft saved over a live document leaves it live; an unpublish does not.
    const change = liveChangeOfSave(req, collection, document, operation)
    if (change === 'published') await ask(req, s.published(watched.what, title))
    if (change === 'withdrawn') await ask(req, s.withdrawn(watched.what, title))
    return doc
  }

  const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const document = doc as Doc
    if (watched.drafts && !wasLiveWhenDeleted(doc)) return doc
    await ask(req, s.deleted(watched.what, titleOf(document, watched.titleField)))
    return doc
  }

  return {
    afterChange: requestSiteRebuildAfterChange,
    afterDelete: requestSiteRebuildAfterDelete,
  }
}

/**
 * For a global the public site shows (the council's settings): every save asks for a rebuild,
 * so a new phone number or name reaches the site without waiting for someone's next publish.
 */
export function requestSiteRebuildAfterGlobalChange(what: string): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    await ask(req, s.settingsChanged(what))
    return doc
  }
}
