import type { CollectionBeforeChangeHook } from 'payload'

import { badRequest } from '../../../endpoints/httpErrors'
import type { AccountRequest } from '../../../payload-types'
import { relationId } from '../../../relationships/relationshipIds'
import { createInvitedProvider } from '../../providerInvitations/inviteProvider'
import { accountRequestStrings as s } from '../strings'

/**
 * An officer's decision on a request, checked and carried out before it is saved (so a refusal,
 * like an e-mail address that already has an account, saves nothing):
 * - approve: link the organisation chosen, or create one with the requested name, type and number;
 *   make the contact's provider account (plugins/providerInvitations; the e-mail goes after save);
 * - decline: a reason is required (it is e-mailed to the requester);
 * - a decision, once taken, cannot be changed.
 */
export const decideRequest: CollectionBeforeChangeHook<AccountRequest> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = originalDoc.status ?? 'waiting'
  const after = data.status ?? before
  if (before !== 'waiting') {
    if (after !== before) throw badRequest(s.refusals.undecided)
    return data
  }
  if (after === 'waiting') return data
  const request = { ...originalDoc, ...data }
  const decided = {
    decidedAt: new Date().toISOString(),
    decidedBy: (req.user?.id ?? null) as number | null,
  }
  if (after === 'declined') {
    if (!request.declineReason?.trim()) throw badRequest(s.refusals.reasonMissing)
    return { ...data, ...decided }
  }

  let organisation = relationId(request.organisation)
  if (organisation === undefined) {
    if (!request.organisationType) throw badRequest(s.refusals.typeMissing)
    const created = await req.payload.create({
      collection: 'organisations',
      data: {
        name: request.organisationName,
        type: request.organisationType,
        registrationNumber: request.registrationNumber || undefined,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    organisation = created.id
  }
  const user = await createInvitedProvider(req, {
    organisation,
    name: request.contactName,
    email: request.email,
    invitedBy: req.user?.id ?? null,
  })
  return {
    ...data,
    ...decided,
    organisation: organisation as number,
    invitedUser: user.id,
  }
}
