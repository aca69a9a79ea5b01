import type { CollectionAfterChangeHook } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import { listingLinks } from '../../../email/listingLinks'
import { liveChangeOfSave } from '../../../hooks/liveState'
import {
  moderationDecisionEmail,
  type ModerationDecision,
} from '../../../moderation/decisionEmails'
import { listingSaveContext } from '../../../moderation/listingSaveContext'
import type { Organisation, Service } from '../../../payload-types'
import { providerRecipients } from '../../../plugins/reviewReminders/reminderRecipients'

/**
 * E-mails the listing's provider users (issue 12 item 4) when an officer approves their
 * submission, returns it with a comment, or withdraws (unpublishes) the live listing. Runs before
 * the audit hook, which clears the moderation step from the request. A failed e-mail is logged:
 * the decision itself stands.
 */
export const emailProviderAboutDecision: CollectionAfterChangeHook<Service> = async ({
  doc,
  operation,
  req,
}) => {
  const { moderationAction, moderationComment } = listingSaveContext(req.context)
  let decision: ModerationDecision | null = null
  if (doc._status === 'published' && moderationAction === 'approve') decision = 'approved'
  else if (doc._status !== 'published' && moderationAction === 'return') decision = 'returned'
  else if (
    userIsStaff(req.user) &&
    liveChangeOfSave(req, 'services', doc, operation) === 'withdrawn'
  ) {
    decision = 'withdrawn'
  }
  if (!decision) return doc
  try {
    const to = await providerRecipients(req.payload, doc)
    if (to.length === 0) return doc
    const organisation =
      typeof doc.organisation === 'object'
        ? doc.organisation
        : ((await req.payload.findByID({
            collection: 'organisations',
            id: doc.organisation,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            req,
          })) as Organisation | null)
    const email = moderationDecisionEmail(decision, {
      listingName: doc.name || `Listing ${doc.id}`,
      organisationName: organisation?.name ?? 'your organisation',
      comment: moderationComment,
      ...listingLinks(req.payload, doc),
    })
    await req.payload.sendEmail({ to, subject: email.subject, text: email.text })
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Listing ${doc.id} was ${decision}, but the provider could not be e-mailed`,
    )
  }
  return doc
}
