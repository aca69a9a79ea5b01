import type { CollectionBeforeChangeHook } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import { listingSaveContext } from '../../../moderation/listingSaveContext'
import type { Service } from '../../../payload-types'

/**
 * Keeps a listing's moderation state true to what happened, whoever saved it and however:
 * publishing approves (and clears any return comment); the submit and return endpoints set
 * "submitted" and "returned"; any other draft save is a draft again (a provider's edit must be
 * resubmitted), except that an officer's edit leaves a submission in the queue, and a returned
 * listing keeps its state and comment until it is resubmitted, so the provider can still read it.
 * The fields cannot be written through the API directly (field access), only by this hook.
 */
export const setModerationState: CollectionBeforeChangeHook<Service> = ({
  data,
  originalDoc,
  req,
}) => {
  const { moderationAction, moderationComment } = listingSaveContext(req.context)
  const status = data._status ?? originalDoc?._status
  if (status === 'published') {
    return { ...data, moderation: 'approved', moderationComment: null }
  }
  if (moderationAction === 'submit') {
    return { ...data, moderation: 'submitted', moderationComment: null }
  }
  if (moderationAction === 'return') {
    return { ...data, moderation: 'returned', moderationComment: moderationComment ?? null }
  }
  // An officer tidying a submission before deciding on it leaves it in the queue.
  if (originalDoc?.moderation === 'submitted' && userIsStaff(req.user)) {
    return { ...data, moderation: 'submitted' }
  }
  if (originalDoc?.moderation === 'returned') {
    return { ...data, moderation: 'returned', moderationComment: originalDoc.moderationComment }
  }
  return { ...data, moderation: 'draft' }
}
