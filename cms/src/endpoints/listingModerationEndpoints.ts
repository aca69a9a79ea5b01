import type { Endpoint } from 'payload'

import {
  approveSubmission,
  confirmStillCorrect,
  MAX_MODERATION_COMMENT,
  returnSubmission,
  submitForReview,
} from '../moderation/moderationActions'
import { moderationStrings } from '../moderation/strings'
import { inTransaction } from '../db/inTransaction'
import { jsonBody, listingIdFrom, optionalText } from './requestInput'
import { requireSignedIn } from './requireUser'

/**
 * POST /api/services/:id/submit   provider (own organisation) or staff: send the draft for review
 * POST /api/services/:id/approve  staff: publish the submitted draft   { versionId?, comment? }
 * POST /api/services/:id/return   staff: send it back with a comment  { comment }
 * POST /api/services/:id/confirm  provider (own organisation) or staff: "still correct"
 */
export const listingModerationEndpoints: Endpoint[] = [
  {
    path: '/:id/submit',
    method: 'post',
    handler: async (req) => {
      const user = requireSignedIn(req)
      const id = listingIdFrom(req)
      const doc = await inTransaction(req, () => submitForReview(req, user, id))
      return Response.json({
        message: moderationStrings.submitted,
        doc: { id: doc.id, moderation: doc.moderation },
      })
    },
  },
  {
    path: '/:id/approve',
    method: 'post',
    handler: async (req) => {
      const user = requireSignedIn(req)
      const id = listingIdFrom(req)
      const body = await jsonBody(req)
      const options = {
        versionId: optionalText(body, 'versionId', 100),
        comment: optionalText(body, 'comment', MAX_MODERATION_COMMENT),
      }
      const doc = await inTransaction(req, () => approveSubmission(req, user, id, options))
      return Response.json({
        message: moderationStrings.approved,
        doc: { id: doc.id, moderation: doc.moderation, _status: doc._status },
      })
    },
  },
  {
    path: '/:id/return',
    method: 'post',
    handler: async (req) => {
      const user = requireSignedIn(req)
      const id = listingIdFrom(req)
      const body = await jsonBody(req)
      const comment = optionalText(body, 'comment', MAX_MODERATION_COMMENT)
      const doc = await inTransaction(req, () => returnSubmission(req, user, id, comment))
      return Response.json({
        message: moderationStrings.returned,
        doc: { id: doc.id, moderation: doc.moderation },
      })
    },
  },
  {
    path: '/:id/confirm',
    method: 'post',
    handler: async (req) => {
      const user = requireSignedIn(req)
      const id = listingIdFrom(req)
      const doc = await inTransaction(req, () => confirmStillCorrect(req, user, id))
      return Response.json({
        message: moderationStrings.confirmed,
        doc: { id: doc.id, lastReviewed: doc.lastReviewed, reviewStatus: doc.reviewStatus },
      })
    },
  },
]
