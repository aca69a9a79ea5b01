import type { RequestContext } from 'payload'

/**
 * What an endpoint or job tells the listing hooks about the save it is making
 * (carried in Payload's request context).
 */
export interface ListingSaveContext {
  /** The moderation step this save is. Plain saves leave it unset. */
  moderationAction?: 'submit' | 'approve' | 'return'
  /** The officer's comment on a return or approval. */
  moderationComment?: string
  /** "Today" for review dates (yyyy-MM-dd); tests and the seed fix it. Default: now. */
  reviewToday?: string
  /** Set by the hooks: whether each listing was live (published) before this save. */
  publishedBeforeSave?: Record<string, boolean>
}

export const listingSaveContext = (context: RequestContext): ListingSaveContext =>
  context as ListingSaveContext
