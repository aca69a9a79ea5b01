/** How long an invitation link works: long enough for a busy provider, short enough to be safe. */
export const INVITATION_DAYS = 7
export const INVITATION_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000

/** Every string the invitation feature shows in the admin. */
export const invitationStrings = {
  nav: 'Invite a provider',
  title: 'Invite a provider',
  intro: `Choose the organisation, then enter the person's name and e-mail address. They get an e-mail with a link to set their own password; the link works for ${INVITATION_DAYS} days.`,
  staffOnly: 'Only LA officers and administrators can invite providers.',
  organisation: 'Organisation',
  chooseOrganisation: 'Choose an organisation',
  name: 'Their name',
  email: 'Their e-mail address',
  send: 'Send the invitation',
  sending: 'Sending…',
  status: {
    label: 'Invitation',
    description: 'Set when an officer invites this person; "Joined" once they have signed in.',
    options: [
      { value: 'invited', label: 'Invited, not yet joined' },
      { value: 'joined', label: 'Joined' },
    ],
  },
  invitedAt: 'Invited (last sent) on',
  invitedBy: 'Invited by',
  resend: 'Send the invitation again',
  resendHint: `A new link is sent; the old one stops working. The new link works for ${INVITATION_DAYS} days.`,
  notStaff: 'Only LA officers and administrators can invite providers.',
  notSignedIn: 'Sign in as an LA officer to invite a provider.',
} as const

export type InvitationStatus = (typeof invitationStrings.status.options)[number]['value']
