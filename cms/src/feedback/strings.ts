/**
 * Admin wording for comments and the yearly "You said, we did" report, in one place.
 */
export const commentStrings = {
  labels: { singular: 'Comment', plural: 'Comments' },
  group: 'Comments and response',
  description:
    'Comments on the Local Offer sent through the public form. Private: only LA staff can see them. ' +
    'Only the anonymised text is ever published, and only as a quote in a published report.',
  comment: {
    label: 'What they wrote (private)',
    description:
      'Exactly as it was sent. Never published and cannot be changed. Shown as plain text: nothing in it is run or rendered as HTML.',
  },
  anonymisedText: {
    label: 'Anonymised text',
    description:
      'Made automatically with names, contact details, addresses, dates of birth and schools replaced by markers like [name]. ' +
      'You can edit it; when you save, it is checked again and anything identifying that is still found is replaced. ' +
      'Clear it to make it again from what they wrote.',
  },
  anonymisedTextEdited: { label: 'Edited by an officer' },
  redactionSummary: {
    label: 'What anonymising removed',
    description: 'What the last save found and replaced (without repeating it).',
  },
  respondent: { label: 'Who sent it' },
  topic: { label: 'What it is about' },
  locale: { label: 'Language of the page it was sent from' },
  reportingYear: {
    label: 'Reporting year',
    description: 'The year (1 September to 31 August) whose report it belongs to.',
  },
  status: {
    label: 'Status',
    options: [
      { value: 'new', label: 'New' },
      { value: 'reviewed', label: 'Reviewed' },
      { value: 'not-published', label: 'Not to be published' },
    ],
  },
  notPublishedReason: {
    label: 'Why it will not be published',
    description:
      'The regulations allow leaving out comments that are vexatious or about the services given to one individual (reg 56(2)).',
    options: [
      { value: 'vexatious', label: 'Vexatious' },
      { value: 'individual-case', label: 'About the services given to one individual' },
      { value: 'duplicate', label: 'A duplicate of another comment' },
      { value: 'other', label: 'Other reason' },
    ],
  },
  nothingFound: 'Nothing identifying was found.',
  removedOnCreate: (found: string) => `Replaced when the comment arrived: ${found}.`,
  removedFromEdit: (found: string) =>
    `Your edit still contained ${found}, which was replaced when you saved.`,
  editKept: 'Edited by an officer; nothing identifying was found in the edit.',
} as const

export const reportStrings = {
  labels: { singular: 'You said, we did report', plural: 'You said, we did reports' },
  description:
    'One report per reporting year: what people told us, grouped into themes, with our response and the action we will take. ' +
    'Publish it to show it on the site. Quotes come only from comments’ anonymised text.',
  year: {
    label: 'Reporting year',
    description: 'Like 2025-26: comments sent from 1 September 2025 to 31 August 2026.',
    invalid: 'Enter the reporting year as two consecutive years, like 2025-26',
  },
  title: { label: 'Title', required: 'Enter a title, like "You said, we did 2025-26"' },
  introduction: {
    label: 'Introduction',
    description: 'How comments were gathered this year and how people can take part next year.',
  },
  commentsReceived: {
    label: 'Comments received',
    description: 'Counted from the year’s comments each time the report is saved.',
  },
  themes: { labels: { singular: 'Theme', plural: 'Themes' } },
  theme: {
    title: { label: 'Theme', required: 'Name the theme, like "Waiting times for therapies"' },
    topic: { label: 'Part of the Local Offer' },
    whatPeopleSaid: {
      label: 'You said',
      description: 'A summary of what people told us, in words that identify nobody.',
      required: 'Summarise what people said about this theme',
    },
    response: {
      label: 'Our response',
      required: 'Write the council’s response to this theme',
    },
    action: {
      label: 'What we will do',
      description: 'The action the council intends to take (reg 56(1)(b)).',
      required: 'Say what the council will do about this theme',
    },
    status: { label: 'Progress' },
    comments: {
      label: 'Comments in this theme',
      description: 'Private: never shown on the site.',
    },
    quotedComments: {
      label: 'Quote these comments',
      description:
        'Their anonymised text is shown on the site as quotes when you save. Re-save the report after editing a comment to update its quote.',
    },
    quotes: {
      label: 'Quotes shown on the site',
      description: 'Copied from the anonymised text of the comments chosen above.',
    },
    commentCount: { label: 'Number of comments in this theme' },
  },
} as const

export const exportStrings = {
  panel: {
    heading: 'Export a year’s comments',
    hint: 'A spreadsheet (CSV) of the anonymised comments of one reporting year, with the themes, responses and actions of that year’s report. What people wrote is never included.',
    yearLabel: 'Reporting year',
    download: (year: string) => `Download comments for ${year} (CSV)`,
  },
  notSignedIn: 'Sign in as an LA officer to export comments.',
  notStaff: 'Only LA officers and administrators can export comments.',
  badYear: 'Give the reporting year to export, like ?year=2025-26',
  columns: {
    id: 'Comment ID',
    submitted: 'Sent on',
    year: 'Reporting year',
    respondent: 'Sent by',
    topic: 'About',
    language: 'Language',
    status: 'Status',
    text: 'Anonymised comment',
    theme: 'Theme',
    whatPeopleSaid: 'You said',
    response: 'Our response',
    action: 'What we will do',
    progress: 'Progress',
  },
} as const

/** A person checks every quote before it can be published (issue 16). */
export const quoteCheckStrings = {
  quoteChecked: {
    label: 'Checked: the anonymised text identifies nobody',
    description:
      'Tick only after reading the anonymised text above: no name, school, address, number or detail that could let someone recognise a child or family. ' +
      'A quote can be published only once this is ticked. Changing the anonymised text clears the tick.',
  },
  quoteCheckedBy: { label: 'Checked by' },
  quoteCheckedAt: { label: 'Checked on' },
  clearedByChange:
    'The anonymised text changed after it was checked, so the tick was cleared: read it again and tick it.',
  review: {
    heading: 'Check before quoting',
    legendRemoved: 'Removed by the anonymiser',
    legendUnsure: 'Left in, but the anonymiser is unsure: check it',
    nothingUnsure: 'Nothing the anonymiser is unsure of.',
    unsureCount: (count: number) =>
      `${count} ${count === 1 ? 'word' : 'words'} the anonymiser is unsure of: check ${count === 1 ? 'it' : 'them'} before ticking.`,
    empty: 'No anonymised text yet.',
  },
  quote: {
    checked: { label: 'Checked by an officer' },
    comment: { label: 'From comment' },
  },
  /** Publishing a report with a quote nobody has checked. */
  uncheckedOnPublish: (quotes: readonly string[]) =>
    `The report cannot be published until an officer has checked ${quotes.length === 1 ? 'this quote' : 'these quotes'}: ${quotes.join('; ')}. ` +
    'Open each comment, read its anonymised text, tick "Checked: the anonymised text identifies nobody" and save; then publish the report again. ' +
    'Or take the comment out of "Quote these comments".',
  uncheckedQuote: (commentId: string | number, theme: string) =>
    `comment ${commentId} in the theme "${theme}"`,
} as const

/** Personal data in comments: retention, right to erasure, subject access (issue 16). */
export const personalDataStrings = {
  originalDeletedAt: {
    label: 'What they wrote was deleted on',
    description:
      'What they wrote is kept only for the retention period set in Comment retention; then it is deleted and only the anonymised text stays.',
  },
  originalDeleted: '(Deleted at the end of the retention period.)',
  notSignedIn: 'Sign in as an LA officer to search, export or erase a person’s comments.',
  notStaff: 'Only LA officers and administrators can search, export or erase a person’s comments.',
  needSomething:
    'Give the person’s e-mail address, phone number or name (at least one), as they would have written it in a comment.',
  tooShortName: 'Give at least 2 letters of the name.',
  badEmail: 'That does not look like an e-mail address, like name@example.com.',
  badPhone: 'Give the phone number with at least 7 digits, like 07700 900123.',
  badFormat: 'Ask for format=json or format=csv.',
  needReference:
    'Give the reference of the request (for example the case number in your records) so the audit log can link the erasure to it.',
  nothingToErase: 'No comment matches those details, so nothing was erased.',
  notMatched: (ids: readonly (string | number)[]) =>
    `Comments ${ids.join(', ')} do not match those details; search again and erase only what the search finds.`,
  nav: 'Personal data requests',
} as const
