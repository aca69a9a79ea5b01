/** The words of the "Imported records to sort" feature (issue 13 item 5), in one place. */
export const importSortingStrings = {
  labels: { singular: 'Imported record to sort', plural: 'Imported records to sort' },
  description:
    'Records from other publishers’ Open Referral feeds that the importer could not classify. ' +
    'Open one, choose what it is, and make it a draft listing for the moderation queue — or dismiss it.',
  nav: (waiting: number) =>
    waiting === 1
      ? 'Imported records to sort (1 waiting)'
      : `Imported records to sort (${waiting} waiting)`,
  navNone: 'Imported records to sort',
  fields: {
    openReferralId: 'Open Referral id',
    name: 'Name',
    summary: 'Summary',
    organisationName: 'Organisation',
    status: 'Status',
    source: 'Where it came from',
    importedAt: 'Last imported',
    reasons: 'Why it needs sorting',
    foreignTerms: 'Terms from the feed',
    suggested: 'What the record and the mapping file suggest',
    record: 'The record as the feed gave it (Open Referral JSON)',
    classification: 'The officer’s classification',
    listing: 'Listing made from it',
    dismissReason: 'Why it was dismissed',
    decidedBy: 'Sorted by',
    decidedAt: 'Sorted on',
    rawRecord: 'The record as the feed gave it',
  },
  statuses: [
    { value: 'waiting', label: 'Waiting for sorting' },
    { value: 'listed', label: 'Made into a draft listing' },
    { value: 'imported', label: 'Imported (the mapping now covers it)' },
    { value: 'dismissed', label: 'Dismissed' },
  ],
  notSignedIn: 'Sign in as Local Offer staff to sort imported records.',
  notStaff: 'Only Local Offer staff can sort imported records.',
  notFound: 'There is no imported record to sort with that id.',
  notWaiting: 'This record has been sorted already: see what happened to it below.',
  unreadable:
    'The stored record is no longer a valid Open Referral service, so it cannot become a listing. Dismiss it and ask the publisher to fix their feed.',
  stillCannot: 'It still cannot become a listing:',
  listingExists:
    'A listing from this Open Referral record exists already. Open it from the listings instead.',
  needsOrganisationType:
    'organisationType: the organisation is new to the Local Offer: choose its type.',
  dismissReasonNeeded: 'Say why you are dismissing it (at most 1,000 characters).',
  listed: (name: string) =>
    `“${name}” is now a draft listing waiting in the moderation queue. Nothing is published until it is approved there.`,
  dismissed:
    'Dismissed. Later imports of the same record leave it dismissed and say so in their report.',
  panel: {
    title: 'Sort this record',
    intro:
      'The Open Referral importer could not tell what this service is in the Local Offer’s own terms. Choose them below: it then becomes a draft listing, made by the same mapping as an import, and waits in the moderation queue.',
    mappingFile:
      'If the same term will come up again, a developer or administrator can add it to the importer’s mapping file (scripts/data/openreferral-mapping.json, see docs/open-referral.md), so future imports classify it without you.',
    organisation: 'Organisation',
    summary: 'Summary',
    reasons: 'Why it needs sorting',
    foreignTerms: 'Terms the feed gave it (not in the mapping file or not enough)',
    noForeignTerms: 'The feed gave it no terms the Local Offer could read.',
    source: 'Where it came from',
    lastImported: 'Last imported',
    category: 'Category (required)',
    chooseCategory: 'Choose a category',
    subCategories: 'Sub-categories (optional)',
    areasOfNeed: 'Areas of need (optional)',
    accessRoutes: 'How families get it (at least one)',
    cost: 'Cost',
    costFromRecord: 'As the record says',
    organisationType: 'Organisation type (needed when the organisation is new)',
    organisationTypeFromRecord: 'As the record or the Local Offer says',
    makeListing: 'Make a draft listing',
    dismissReason: 'Why dismiss it? (required to dismiss)',
    dismiss: 'Dismiss',
    working: 'Working…',
    failed: 'Not done:',
    outcomeListed: 'Made into a draft listing:',
    outcomeImported: 'Imported by a later run, once the mapping file covered it:',
    outcomeDismissed: 'Dismissed:',
    by: (who: string, when: string) => `by ${who} on ${when}`,
    openListing: 'Open the listing',
    importer: 'the importer',
  },
} as const
