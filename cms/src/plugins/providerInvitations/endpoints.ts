import type { Endpoint, PayloadRequest } from 'payload'

import { councilForEmails } from '../../email/councilForEmails'
import { conflict, notFound } from '../../endpoints/httpErrors'
import { jsonBody } from '../../endpoints/requestInput'
import { requireStaff } from '../../endpoints/requireUser'
import {
  checkNewProvider,
  cmsBaseUrl,
  createInvitedProvider,
  sendInvitation,
} from './inviteProvider'
import { invitationEndedPage } from './invitationPage'
import { invitationStrings as s } from './strings'

const staffOnly = { notSignedIn: s.notSignedIn, notStaff: s.notStaff }
const noStore = { 'Cache-Control': 'no-store' }

/** Sends the invitation; a failed e-mail is said plainly (the account stays, to resend later). */
async function sendOrSay(req: PayloadRequest, user: Parameters<typeof sendInvitation>[1]) {
  try {
    await sendInvitation(req, user)
    return null
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `The invitation to user ${user.id} was not sent` })
    return Response.json(
      {
        message: `The e-mail to ${user.email} could not be sent. Open their account in Users and send the invitation again later.`,
        user: { id: user.id, email: user.email },
      },
      { status: 502, headers: noStore },
    )
  }
}

/** POST /api/users/invite {organisation, name, email}: LA staff invite a provider. */
const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    const officer = requireStaff(req, staffOnly)
    const provider = await checkNewProvider(req, await jsonBody(req))
    const user = await createInvitedProvider(req, { ...provider, invitedBy: officer.id })
    const failed = await sendOrSay(req, user)
    if (failed) return failed
    return Response.json(
      {
        message: `Invitation sent to ${user.email}. They are listed in Users as "Invited, not yet joined" until they sign in.`,
        user: { id: user.id, email: user.email },
      },
      { status: 201, headers: noStore },
    )
  },
}

/** POST /api/users/:id/resend-invitation: LA staff send a new link to someone not yet joined. */
const resendEndpoint: Endpoint = {
  path: '/:id/resend-invitation',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, staffOnly)
    const id = req.routeParams?.id
    const user =
      typeof id === 'string' || typeof id === 'number'
        ? await req.payload
            .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
            .catch(() => null)
        : null
    if (!user) throw notFound('There is no such user.')
    if (user.invitationStatus !== 'invited') {
      throw conflict(
        user.invitationStatus === 'joined'
          ? `${user.email} has already joined: they can use "Forgot password" on the sign-in page.`
          : `${user.email} was not invited: only an invitation can be sent again.`,
      )
    }
    const failed = await sendOrSay(req, user)
    if (failed) return failed
    return Response.json(
      { message: `A new invitation was sent to ${user.email}. The old link no longer works.` },
      { headers: noStore },
    )
  },
}

/**
 * GET /api/users/invitation/:token, the link in an invitation (public: the token is the key).
 * A working token goes on to the admin's own reset-password page; one that has expired, was used
 * or was replaced gets a page that says so and who to ask (410).
 */
const invitationLinkEndpoint: Endpoint = {
  path: '/invitation/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const user = /^[a-f0-9]{16,128}$/i.test(token)
      ? await req.payload.db.findOne({
          collection: 'users',
          req,
          where: {
            resetPasswordToken: { equals: token },
            resetPasswordExpiration: { greater_than: new Date().toISOString() },
          },
        })
      : null
    const base = cmsBaseUrl(req.payload)
    const admin = req.payload.config.routes.admin
    if (user) {
      // Relative: the invitee stays on the address they opened the link at (a proxy's, say).
      const reset = req.payload.config.admin.routes.reset
      return new Response(null, {
        status: 303,
        headers: { Location: `${admin}${reset}/${token}`, ...noStore },
      })
    }
    const council = await councilForEmails(req.payload)
    return new Response(
      invitationEndedPage({
        councilName: council.councilName,
        contactEmail: council.contactEmail,
        signInUrl: `${base}${admin}/login`,
      }),
      { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore } },
    )
  },
}

export const invitationEndpoints: Endpoint[] = [
  inviteEndpoint,
  resendEndpoint,
  invitationLinkEndpoint,
]
