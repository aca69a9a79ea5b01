import { validateEmail } from '@local-offer/shared'
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { councilForEmails } from '../../email/councilForEmails'
import { badRequest, conflict } from '../../endpoints/httpErrors'
import type { User } from '../../payload-types'
import { relationId } from '../../relationships/relationshipIds'
import { cmsBaseUrl } from '../reviewReminders/adminUrl'
import { invitationEmail } from './emails'
import { INVITATION_MS } from './strings'

export interface NewProvider {
  organisation: number | string
  name: string
  email: string
  invitedBy?: number | string | null
}

const NAME_MAX = 100

export { cmsBaseUrl }

/** The link in an invitation: checked by the CMS first, so an expired one gets a clear page. */
export function invitationLink(payload: Payload, token: string): string {
  return `${cmsBaseUrl(payload)}${payload.config.routes.api}/users/invitation/${encodeURIComponent(token)}`
}

/** The name and e-mail an officer typed, checked; the organisation must exist. */
export async function checkNewProvider(
  req: PayloadRequest,
  input: Record<string, unknown>,
): Promise<NewProvider> {
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  const organisation = relationId(input.organisation)
  if (!name || name.length > NAME_MAX) {
    throw badRequest(`Enter the person's name (${NAME_MAX} characters or fewer).`)
  }
  if (!email || validateEmail(email) !== true) {
    throw badRequest('Enter an email address in the correct format, like name@example.org.uk.')
  }
  if (organisation === undefined) throw badRequest('Choose the organisation they work for.')
  const found = await req.payload
    .findByID({
      collection: 'organisations',
      id: organisation,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!found) {
    throw badRequest('That organisation does not exist. Choose one from the list.')
  }
  // The id as the database has it: a form sends "12", a relationship on SQL wants 12.
  return { organisation: found.id, name, email }
}

/**
 * Makes a provider account for an invitation: bound to its organisation, with a long random
 * password nobody knows (so it cannot be signed in to until the invitee sets their own), marked
 * "invited, not yet joined". An e-mail address that already has an account is refused.
 */
export async function createInvitedProvider(
  req: PayloadRequest,
  provider: NewProvider,
): Promise<User> {
  const existing = await req.payload.count({
    collection: 'users',
    where: { email: { equals: provider.email } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) {
    throw conflict(
      `There is already an account for ${provider.email}. If they have not joined yet, open it in Users and send the invitation again.`,
    )
  }
  return req.payload.create({
    collection: 'users',
    data: {
      name: provider.name,
      email: provider.email,
      password: randomBytes(32).toString('base64url'),
      role: 'provider',
      // Numbers on the SQL databases, ObjectId strings on MongoDB: passed on as they came.
      organisation: provider.organisation as number,
      invitationStatus: 'invited',
      invitedAt: new Date().toISOString(),
      invitedBy: (provider.invitedBy ?? null) as number | null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * Sends (or sends again) the invitation e-mail. The link carries a token made by Payload's own
 * forgot-password operation (e-mail switched off, expiry INVITATION_DAYS), so setting the
 * password is Payload's reset-password page and operation; a new invitation replaces the token,
 * so an older link stops working.
 */
export async function sendInvitation(
  req: PayloadRequest,
  user: User,
  options: { approvedRequest?: boolean } = {},
): Promise<void> {
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: user.email },
    disableEmail: true,
    expiration: INVITATION_MS,
    req,
  })
  if (!token) throw new Error(`No reset token was made for user ${user.id}`)
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { invitedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
  const organisationId = relationId(user.organisation)
  const organisation =
    organisationId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'organisations',
          id: organisationId,
          depth: 0,
          overrideAccess: true,
          req,
        })
  const council = await councilForEmails(req.payload)
  const mail = invitationEmail({
    name: user.name,
    organisationName: organisation?.name ?? 'your organisation',
    councilName: council.councilName,
    link: invitationLink(req.payload, token),
    signInUrl: `${cmsBaseUrl(req.payload)}${req.payload.config.routes.admin}/login`,
    signOff: council.signOff,
    approvedRequest: options.approvedRequest,
  })
  await req.payload.sendEmail({ to: user.email, subject: mail.subject, text: mail.text })
}
