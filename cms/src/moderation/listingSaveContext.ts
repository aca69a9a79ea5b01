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
