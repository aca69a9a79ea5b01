import type { RequestContext } from 'payload'

/**
 * What an endpoint or job tells the listing hooks about the save it is making
 * (carried in Payload's request context).
 */
export interface ListingSaveContext {
  /**
   * The moderation step this save is (with the officer's comment); it applies to the next save
   * only and is cleared after it. Plain saves leave it unset.
   */
  moderationAction?: 'submit' | 'approve' | 'return'
  moderationComment?: string
  /** "Today" for review dates (yyyy-MM-dd or an ISO time); tests and the seed fix it. Default: now. */
  reviewToday?: string
  /** Who to name in the audit log when no one is signed in, e.g. "Demo content loader". */
  actorLabel?: string
}

/**
 * Read it from `req.context` when needed, not from a hook's `context` argument: every nested
 * Local API call with the same request replaces `req.context` with a copy, so an object captured
 * earlier can be stale.
 */
export const listingSaveContext = (context: RequestContext): ListingSaveContext =>
  context as ListingSaveContext

/**
 * Whether each listing was live (published) before the save in progress, from the listing's
 * beforeChange hook to its afterChange hook. Kept per request object, which, unlike
 * `req.context`, stays the same object through a save (and through a bulk update's parallel saves).
 */
const liveBeforeSave = new WeakMap<object, Map<string, boolean>>()

export function rememberLiveBeforeSave(req: object, id: string | number, wasLive: boolean): void {
  const forRequest = liveBeforeSave.get(req) ?? new Map<string, boolean>()
  forRequest.set(String(id), wasLive)
  liveBeforeSave.set(req, forRequest)
}

export function wasLiveBeforeSave(req: object, id: string | number): boolean {
  return liveBeforeSave.get(req)?.get(String(id)) ?? false
}
