import type { ReminderKind } from '../../../review/reminderKinds'
import { formatInEngland } from '../../../format/formatInEngland'

/**
 * Every review email the CMS sends, in one place: plain text, plain words, and the link to the
 * listing in the admin.
 */
export interface ReminderDetails {
  listingName: string
  organisationName: string
  dueDate: Date
  withdrawalDate: Date
  adminUrl: string
  /** The e-mail's last lines: who sends it and how to reach them (email/councilSignOff). */
  signOff?: string
}

export interface EmailText {
  subject: string
  text: string
}

const day = (date: Date) => formatInEngland(date, 'd MMMM yyyy')

const defaultSignOff = ['', 'Thank you,', 'The Local Offer team'].join('\n')

const whatToDo = (d: ReminderDetails) =>
  [
    'Please check the listing now:',
    d.adminUrl,
    '',
    'If everything is still correct, press "Confirm still correct". It takes one click.',
    'If something has changed, edit the listing, save a draft and press "Submit for review".',
  ].join('\n')

export function reviewReminderEmail(kind: ReminderKind, d: ReminderDetails): EmailText {
  const signOff = d.signOff ?? defaultSignOff
  switch (kind) {
    case 'provider-30-days':
      return {
        subject: `Please check your Local Offer listing by ${day(d.dueDate)}: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `Your listing "${d.listingName}" (${d.organisationName}) on the Local Offer is due for review on ${day(d.dueDate)}.`,
          'Families rely on it being right, so we ask every provider to check their listings regularly.',
          '',
          whatToDo(d),
          signOff,
        ].join('\n'),
      }
    case 'provider-7-days':
      return {
        subject: `Final reminder: check your Local Offer listing by ${day(d.dueDate)}: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `Your listing "${d.listingName}" (${d.organisationName}) is due for review on ${day(d.dueDate)}, in a week or less.`,
          `If it is not confirmed, it will be marked as out of date on the site, and on ${day(d.withdrawalDate)} it will be taken off the site.`,
          '',
          whatToDo(d),
          signOff,
        ].join('\n'),
      }
    case 'officer-14-days-overdue':
      return {
        subject: `Overdue for review since ${day(d.dueDate)}: ${d.listingName}`,
        text: [
          'Hello,',
          '',
          `The listing "${d.listingName}" (${d.organisationName}) was due for review on ${day(d.dueDate)} and the provider has not confirmed or updated it.`,
          `It will be withdrawn from the site on ${day(d.withdrawalDate)} unless it is confirmed or published before then.`,
          '',
          'Please contact the provider, or check and publish the listing yourself:',
          d.adminUrl,
          signOff,
        ].join('\n'),
      }
  }
}
