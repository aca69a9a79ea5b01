import { labelFor, problemKinds, type ProblemKind } from '@local-offer/shared'

import type { EmailText } from '../reviewReminders/email/reviewReminderTemplates'

export interface ProblemReportDetails {
  listingName: string
  organisationName: string
  problem: ProblemKind
  /** Already redacted; empty when the family added nothing. */
  details: string
  siteUrl: string | null
  adminUrl: string
}

const signOff = ['', 'Thank you,', 'The Local Offer team'].join('\n')

const whatWasReported = (d: ProblemReportDetails) => [
  `What is wrong: ${labelFor(problemKinds, d.problem, 'en') ?? d.problem}`,
  `Their details: ${d.details ? d.details : '(none given)'}`,
  '',
  ...(d.siteUrl ? ['The listing on the Local Offer:', d.siteUrl, ''] : []),
]

/** To the listing's provider users: plain words, what was reported and what to do. */
export function problemReportEmailToProvider(d: ProblemReportDetails): EmailText {
  return {
    subject: `Someone reported a problem with your Local Offer listing: ${d.listingName}`,
    text: [
      'Hello,',
      '',
      `Someone using the Local Offer reported a problem with your listing "${d.listingName}" (${d.organisationName}).`,
      '',
      ...whatWasReported(d),
      'Please check the listing now:',
      d.adminUrl,
      '',
      'If something has changed, edit the listing, save a draft and press "Submit for review".',
      'If everything is still correct, press "Confirm still correct".',
      'The Local Offer team has been told too, and will close the report once the listing is checked.',
      signOff,
    ].join('\n'),
  }
}

/** To the responsible officer (or the overdue-alert address, or every officer). */
export function problemReportEmailToOfficer(d: ProblemReportDetails): EmailText {
  return {
    subject: `Problem reported with a listing: ${d.listingName}`,
    text: [
      'Hello,',
      '',
      `Someone using the Local Offer reported a problem with "${d.listingName}" (${d.organisationName}). The provider has been e-mailed.`,
      '',
      ...whatWasReported(d),
      'The listing in the admin:',
      d.adminUrl,
      '',
      'The listing counts as due for review until you mark the report resolved (Problem reports).',
      signOff,
    ].join('\n'),
  }
}
