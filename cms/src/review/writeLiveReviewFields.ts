import type { StoredReviewStatus } from '@local-offer/shared'
import type { Payload, PayloadRequest } from 'payload'

import type { Service } from '../payload-types'

export interface LiveReviewFields {
  lastReviewed?: string
  reviewStatus?: StoredReviewStatus
}

/**
 * Changes only the review fields of the live (published) listing. A normal Payload update would
 * merge in, and publish, any pending provider draft; a review confirmation or the review job must
 * never do that, so this writes the two columns directly. Drafts read the live values back
 * (showLiveReviewFieldsOnDrafts).
 */
export async function writeLiveReviewFields(
  payload: Payload,
  id: Service['id'],
  fields: LiveReviewFields,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  await payload.db.updateOne({
    collection: 'services',
    id,
    data: { ...fields },
    req,
    returning: false,
  })
}
