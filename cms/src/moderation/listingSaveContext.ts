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
  /** Set by the hooks: whether each listing was live (published) before this save. */
  publishedBeforeSave?: Record<string, boolean>
}

export const listingSaveContext = (context: RequestContext): ListingSaveContext =>
  context as ListingSaveContext
