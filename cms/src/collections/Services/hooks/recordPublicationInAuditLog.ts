import type { CollectionAfterChangeHook } from 'payload'

import { latestVersionId, recordAudit } from '../../../audit/recordAudit'
import { listingSaveContext } from '../../../moderation/listingSaveContext'
import { liveChangeOfSave } from '../../../hooks/liveState'
import type { Service, User } from '../../../payload-types'

/**
 * Records in the audit log every publish (however it happens: approval, an officer pressing
 * Publish, a restore, the seed), every return to the provider, and every unpublish (withdrawal
 * by a person). The review job records its own withdrawals, which do not pass through here.
 */
export const recordPublicationInAuditLog: CollectionAfterChangeHook<Service> = async ({
  doc,
  operation,
  req,
}) => {
  const saveContext = listingSaveContext(req.context)
  const { moderationAction, moderationComment, actorLabel } = saveContext
  // A moderation step applies to one save: later saves in the same request are plain saves.
  delete saveContext.moderationAction
  delete saveContext.moderationComment
  const actor = (req.user as User | null) ?? null
  const audit = async (action: 'publish' | 'return' | 'withdraw', comment?: string | null) =>
    recordAudit(
      req.payload,
      {
        action,
        listing: doc,
        actor,
        actorLabel,
        comment,
        versionId: await latestVersionId(req.payload, doc.id, req),
      },
      req,
    )

  if (doc._status === 'published') {
    await audit(
      'publish',
      moderationAction === 'approve'
        ? (moderationComment ?? 'Approved from the moderation queue')
        : null,
    )
    return doc
  }
  if (moderationAction === 'return') {
    await audit('return', moderationComment)
    return doc
  }
  if (liveChangeOfSave(req, 'services', doc, operation) === 'withdrawn') {
    await audit('withdraw', 'Unpublished in the admin')
  }
  return doc
}
