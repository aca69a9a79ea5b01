import type { EmailText } from '../reviewReminders/email/reviewReminderTemplates'
import { INVITATION_DAYS } from './strings'
import { atSentenceStart } from '../../email/atSentenceStart'

export interface InvitationDetails {
  name: string
  organisationName: string
  councilName: string
  /** Where the invitee sets their password (GET /api/users/invitation/:token). */
  link: string
  /** Where they sign in afterwards. */
  signInUrl: string
  signOff: string
  /** The invitation answers the organisation's own request for an account. */
  approvedRequest?: boolean
}

/** The invitation: plain text, who it is from, what to do, and when the link stops working. */
export function invitationEmail(d: InvitationDetails): EmailText {
  return {
    subject: `${atSentenceStart(d.councilName)} invites you to keep your Local Offer listings up to date`,
    text: [
      `Hello ${d.name},`,
      '',
      ...(d.approvedRequest
        ? ['Thank you for asking for a Local Offer account: your request has been approved.', '']
        : []),
      `${atSentenceStart(d.councilName)} has made you an account for ${d.organisationName} on its Local Offer, the council's directory of services for children and young people with special educational needs and disabilities (SEND).`,
      '',
      'With it you can keep your listings up to date. Set your own password here:',
      d.link,
      '',
      `The link works for ${INVITATION_DAYS} days and only once. If it has stopped working, ask ${d.councilName} to send a new one.`,
      '',
      'After that, sign in here with this e-mail address and your password:',
      d.signInUrl,
      '',
      'If you were not expecting this e-mail, you can ignore it: nothing happens until the password is set.',
      d.signOff,
    ].join('\n'),
  }
}
