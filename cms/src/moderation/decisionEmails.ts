import type { EmailText } from '../plugins/reviewReminders/email/reviewReminderTemplates'

/** An officer's decision on a provider's listing that the provider is e-mailed about. */
export type ModerationDecision = 'approved' | 'returned' | 'withdrawn'

export interface DecisionDetails {
  listingName: string
  organisationName: string
  /** The officer's comment: required for a return, optional for the others. */
  comment?: string | null
  siteUrl: string | null
  adminUrl: string
}

const signOff = ['', 'Thank you,', 'The Local Offer team'].join('\n')

const officerComment = (d: DecisionDetails) =>
  d.comment?.trim() ? ['Comment from the Local Offer team:', d.comment.trim(), ''] : []

/** The e-mail a provider gets for each decision: plain text, plain words, the listing's links. */
export function moderationDecisionEmail(
  decision: ModerationDecision,
  d: DecisionDetails,
): EmailText {
  switch (decision) {
    case 'approved':
      return {
        subject: `Your change is approved and published: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `The Local Offer team approved your change to "${d.listingName}" (${d.organisationName}). It is now published.`,
          'Families will see it on the Local Offer site within a few minutes.',
          '',
          ...officerComment(d),
          ...(d.siteUrl ? ['The listing on the Local Offer:', d.siteUrl, ''] : []),
          'The listing in the admin:',
          d.adminUrl,
          signOff,
        ].join('\n'),
      }
    case 'returned':
      return {
        subject: `Your listing was returned with a comment: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `The Local Offer team looked at your change to "${d.listingName}" (${d.organisationName}) and sent it back to you. It has not been published.`,
          '',
          ...officerComment(d),
          'Please open the listing, make the change, save a draft and press "Submit for review":',
          d.adminUrl,
          signOff,
        ].join('\n'),
      }
    case 'withdrawn':
      return {
        subject: `Your listing was taken off the Local Offer: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `The Local Offer team withdrew "${d.listingName}" (${d.organisationName}) from the Local Offer site. Families can no longer see it.`,
          '',
          ...officerComment(d),
          'If this is a mistake, or the service is running again, reply to this e-mail or open the listing:',
          d.adminUrl,
          signOff,
        ].join('\n'),
      }
  }
}
