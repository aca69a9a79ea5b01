import type { EmailText } from '../reviewReminders/email/reviewReminderTemplates'
import { atSentenceStart } from '../../email/atSentenceStart'

export interface RequestSummary {
  organisationName: string
  contactName: string
  email: string
  phone?: string | null
  offer: string
  registrationNumber?: string | null
}

/** To the council's contact address: a new request waits, and where to decide it. */
export function newRequestEmailToOfficers(
  r: RequestSummary,
  d: { adminUrl: string; signOff: string },
): EmailText {
  return {
    subject: `An organisation asked for a Local Offer account: ${r.organisationName}`,
    text: [
      'Hello,',
      '',
      `${r.contactName} asked for a Local Offer account for ${r.organisationName}.`,
      '',
      `What they offer: ${r.offer}`,
      `E-mail: ${r.email}`,
      ...(r.phone ? [`Phone: ${r.phone}`] : []),
      ...(r.registrationNumber ? [`Registration number: ${r.registrationNumber}`] : []),
      '',
      'Approve or decline the request in the admin:',
      d.adminUrl,
      d.signOff,
    ].join('\n'),
  }
}

/** To the requester when an officer declines: the reason, and how to get in touch. */
export function declinedEmail(
  r: RequestSummary,
  d: { councilName: string; reason: string; contactEmail: string | null; signOff: string },
): EmailText {
  return {
    subject: `Your request for a Local Offer account: ${r.organisationName}`,
    text: [
      `Hello ${r.contactName},`,
      '',
      `Thank you for asking for a Local Offer account for ${r.organisationName}. ${atSentenceStart(d.councilName)} has looked at your request and cannot give you an account at the moment.`,
      '',
      'The reason:',
      d.reason,
      '',
      d.contactEmail
        ? `If you have a question, or something has changed, write to ${d.contactEmail}.`
        : `If you have a question, or something has changed, contact ${d.councilName}.`,
      d.signOff,
    ].join('\n'),
  }
}
