import type { CollectionAfterLoginHook } from 'payload'

/**
 * An invited provider has joined once they sign in, which they can first do by setting their
 * password from the invitation (Payload's reset-password operation signs them in and runs this
 * hook). From then on the user list no longer shows them as "Invited, not yet joined".
 */
export const markJoined: CollectionAfterLoginHook = async ({ user, req }) => {
  if ((user as { invitationStatus?: unknown }).invitationStatus !== 'invited') return user
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { invitationStatus: 'joined' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return user
}
