/** Every string a provider's dashboard shows (issue 12 item 5). */
export const providerDashboardStrings = {
  title: 'Your listings',
  intro: (organisation: string) =>
    `The listings of ${organisation} on the Local Offer, the most urgent first. Each line says where the listing is and the one thing to do next.`,
  noOrganisation:
    'Your account is not linked to an organisation yet, so there are no listings to show. Ask the Local Offer team to link it.',
  none: 'You have no listings yet.',
  addListing: 'Add a listing',
  caption: 'Your listings, their status and what to do next',
  listingColumn: 'Listing',
  statusColumn: 'Status',
  actionColumn: 'What to do',
  untitled: 'Untitled listing',
  status: {
    returned: 'Returned with a comment',
    submitted: 'Submitted: the Local Offer team is checking it',
    withdrawn: (date: string) => `Withdrawn from the site: its review was due on ${date}`,
    overdue: (date: string) => `Overdue: its review was due on ${date}`,
    reported: 'Due for review now: a family reported a problem with it',
    dueSoon: (date: string) => `Due for review on ${date}`,
    liveWithChanges: 'Live, with changes you have not submitted yet',
    draft: 'Draft: not on the site, not submitted yet',
    live: (date: string) => `Live: next review due on ${date}`,
  },
  action: {
    seeComment: 'See comment',
    reviewNow: 'Review now',
    confirm: 'Confirm still correct',
    submit: 'Continue and submit',
    view: 'View',
    edit: 'Edit',
  },
  /** Said after the action's name to screen-reader users, so each link names its listing. */
  forListing: (name: string) => ` (${name})`,
} as const
