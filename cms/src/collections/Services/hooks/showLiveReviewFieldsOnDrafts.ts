import type { CollectionAfterOperationHook } from 'payload'

import type { Service } from '../../../payload-types'

/**
 * The review date and state belong to the live listing, not to a draft of it. When drafts are
 * read (the admin edit view, the moderation queue), a draft of a published listing shows the
 * live listing's review fields, so a confirmation or the review job is visible at once.
 */
export const showLiveReviewFieldsOnDrafts: CollectionAfterOperationHook<'services'> = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  if (!(args as { draft?: boolean }).draft || !result) return result
  const docs = (
    operation === 'find' ? (result as { docs: Service[] }).docs : [result]
  ) as Partial<Service>[]
  const draftIds = docs.filter((d) => d?._status === 'draft' && d.id !== undefined).map((d) => d.id)
  if (draftIds.length === 0) return result
  const live = await req.payload.db.find<Service>({
    collection: 'services',
    where: { and: [{ id: { in: draftIds } }, { _status: { equals: 'published' } }] },
    limit: 0,
    pagination: false,
    req,
  })
  const byId = new Map(live.docs.map((d) => [String(d.id), d]))
  for (const doc of docs) {
    const liveDoc = byId.get(String(doc.id))
    if (!liveDoc) continue
    if ('lastReviewed' in doc) doc.lastReviewed = liveDoc.lastReviewed
    if ('reviewStatus' in doc) doc.reviewStatus = liveDoc.reviewStatus
  }
  return result
}
