import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { councilForEmails } from '../../../email/councilForEmails'
import type { AccountRequest } from '../../../payload-types'
import { relationId } from '../../../relationships/relationshipIds'
import { sendInvitation } from '../../providerInvitations/inviteProvider'
import { adminUrlOf } from '../../reviewReminders/adminUrl'
import { declinedEmail, newRequestEmailToOfficers } from '../emails'

/**
 * E-mails after a request is saved: a new request to the council's contact address (Council
 * settings); a decision to the requester (approved: the invitation; declined: the reason). An
 * e-mail that fails is logged, never a lost request or decision: an officer can resend an
 * invitation from Users.
 */
export const afterRequestChange: CollectionAfterChangeHook<AccountRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  try {
    if (operation === 'create') await tellOfficers(doc, req)
    else if (previousDoc?.status === 'waiting' && doc.status === 'approved') {
      await inviteContact(doc, req)
    } else if (previousDoc?.status === 'waiting' && doc.status === 'declined') {
      await tellDeclined(doc, req)
    }
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Account request ${doc.id} (${doc.status}) was saved but its e-mail could not be sent`,
    )
  }
  return doc
}

async function tellOfficers(doc: AccountRequest, req: PayloadRequest) {
  const council = await councilForEmails(req.payload)
  if (!council.contactEmail) {
    req.payload.logger.warn(
      `Account request ${doc.id} waits for an officer; no one was e-mailed because the Council settings have no contact e-mail.`,
    )
    return
  }
  const adminUrl = adminUrlOf(req.payload, 'account-requests', doc.id)
  const mail = newRequestEmailToOfficers(doc, { adminUrl, signOff: council.signOff })
  await req.payload.sendEmail({ to: council.contactEmail, subject: mail.subject, text: mail.text })
}

async function inviteContact(doc: AccountRequest, req: PayloadRequest) {
  const id = relationId(doc.invitedUser)
  if (id === undefined) return
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await sendInvitation(req, user, { approvedRequest: true })
}

async function tellDeclined(doc: AccountRequest, req: PayloadRequest) {
  const council = await councilForEmails(req.payload)
  const mail = declinedEmail(doc, {
    councilName: council.councilName,
    reason: doc.declineReason?.trim() ?? '',
    contactEmail: council.contactEmail,
    signOff: council.signOff,
  })
  await req.payload.sendEmail({ to: doc.email, subject: mail.subject, text: mail.text })
}
