import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

/**
 * "Was this document live before this save, and is it live after it?", answered in one place for
 * every collection with drafts.
 *
 * Payload's hooks cannot tell on their own: a draft saved over a published document leaves the
 * live row published (only a version is written), while an unpublish turns the live row into a
 * draft, and both reach the hooks as `_status: 'draft'`. So the live row is read once before the
 * save and once after it, and every hook (audit log, review dates, site rebuilds) asks here.
 *
 * `trackLiveState` puts the "before" read first among the collection's beforeChange hooks, and the
 * "after" read first among its afterChange hooks, whatever order the other hooks are added in; a
 * hook that asks about a save this module did not see gets an error instead of a wrong answer.
 */

/** The live row's status and whatever other fields the collection asked to be remembered. */
export type LiveRow = Record<string, unknown> & { _status?: string | null }

interface SaveState {
  /** The live row before the save, or null for a new document or one with no live row. */
  before: LiveRow | null
  /** Whether the live row is published after the save (set by the afterChange read). */
  liveAfter?: boolean
}

/**
 * Kept on the request object, which, unlike `req.context`, stays the same object through a save (and
 * through a bulk update's parallel saves); keyed by collection and id. It is a property rather than
 * a WeakMap entry because Payload's restoreVersion hands the beforeChange hooks a Proxy of the
 * request (isolateObjectProperty, for the validation locale) and the afterChange hooks the request
 * itself: a property set through the Proxy lands on the request, so both reads find it (a WeakMap
 * keyed by the object did not, and restoring a version as a draft failed with a 500).
 */
const SAVES = Symbol('liveStateSaves')

type WithSaves = { [SAVES]?: Map<string, SaveState> }

const savesOf = (req: object): Map<string, SaveState> | undefined => (req as WithSaves)[SAVES]

function savesFor(req: object): Map<string, SaveState> {
  const holder = req as WithSaves
  const existing = holder[SAVES]
  if (existing) return existing
  const created = new Map<string, SaveState>()
  holder[SAVES] = created
  return created
}

const keyOf = (collection: string, id: string | number) => `${collection}:${String(id)}`

function stateOf(req: object, collection: string, id: string | number): SaveState {
  const state = savesOf(req)?.get(keyOf(collection, id))
  if (!state) {
    throw new Error(
      `Nothing is known about the live state of ${collection} ${String(id)} in this save: ` +
        'add trackLiveState() to the collection so that its first beforeChange hook reads it.',
    )
  }
  return state
}

/** Reads the live row before a save; the first beforeChange hook of every tracked collection. */
function rememberLiveRow(remember: readonly string[]): CollectionBeforeChangeHook {
  return async ({ collection, originalDoc, operation, req }) => {
    const id = originalDoc?.id as string | number | undefined
    if (operation !== 'update' || id === undefined) return
    const select: Record<string, true> = { _status: true }
    for (const field of remember) select[field] = true
    const live = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: id } },
      select,
      req,
    })) as LiveRow | null
    savesFor(req).set(keyOf(collection.slug, id), { before: live })
  }
}

/** Reads whether the live row is published after a save; the first afterChange hook. */
const rememberLiveAfterSave: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const document = doc as { id: string | number; _status?: string | null }
  if (operation !== 'update') return doc
  const state = savesOf(req)?.get(keyOf(collection.slug, document.id))
  if (!state) return doc
  if (document._status === 'published') {
    state.liveAfter = true
  } else if (state.before?._status !== 'published') {
    // It was not live and this save did not publish it: still not live, no need to read.
    state.liveAfter = false
  } else {
    const live = (await req.payload.db.findOne({
      collection: collection.slug as CollectionSlug,
      where: { id: { equals: document.id } },
      select: { _status: true },
      req,
    })) as LiveRow | null
    state.liveAfter = live?._status === 'published'
  }
  return doc
}

/**
 * Adds the live-state reads to a collection with drafts, ahead of its own hooks.
 * `remember` names live fields that hooks also need from before the save (read in the same query).
 */
export function trackLiveState<T extends CollectionConfig>(
  collection: T,
  remember: readonly string[] = [],
): T {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [rememberLiveRow(remember), ...(collection.hooks?.beforeChange ?? [])],
      afterChange: [rememberLiveAfterSave, ...(collection.hooks?.afterChange ?? [])],
    },
  }
}

/**
 * The live row as it was before the save in progress (null for a new document). Ask from a
 * beforeChange or afterChange hook of a tracked collection.
 */
export function liveRowBeforeSave(
  req: PayloadRequest | object,
  collection: string,
  id: string | number | undefined,
  operation: 'create' | 'update',
): LiveRow | null {
  if (operation === 'create' || id === undefined) return null
  return stateOf(req, collection, id).before
}

/** Whether the document was live (published) before the save in progress. */
export function wasLiveBeforeSave(
  req: PayloadRequest | object,
  collection: string,
  id: string | number | undefined,
  operation: 'create' | 'update',
): boolean {
  return liveRowBeforeSave(req, collection, id, operation)?._status === 'published'
}

/** What the save did to the public: published it, withdrew it (unpublished), or neither. */
export type LiveChange = 'published' | 'withdrawn' | 'unchanged'

/** Ask from an afterChange hook of a tracked collection. */
export function liveChangeOfSave(
  req: PayloadRequest | object,
  collection: string,
  doc: { id: string | number; _status?: string | null },
  operation: 'create' | 'update',
): LiveChange {
  if (doc._status === 'published') return 'published'
  if (operation === 'create') return 'unchanged'
  const state = stateOf(req, collection, doc.id)
  if (state.liveAfter === undefined) {
    throw new Error(
      `The live state of ${collection} ${String(doc.id)} after this save was not read: ` +
        'ask from an afterChange hook of a collection wrapped in trackLiveState().',
    )
  }
  return state.before?._status === 'published' && !state.liveAfter ? 'withdrawn' : 'unchanged'
}

/**
 * Whether a deleted document was live: Payload deletes the live row and hands it to afterDelete
 * hooks, so its own status says (no read, no tracking needed).
 */
export function wasLiveWhenDeleted(doc: { _status?: unknown }): boolean {
  return doc._status === 'published'
}
