/** Every string the moderation and review features show in the admin or return from the API. */
export const moderationStrings = {
  submitted:
    'Submitted for review. The Local Offer team will publish it or send it back with a comment.',
  approved: 'Approved and published.',
  returned: 'Returned to the provider with your comment.',
  confirmed: 'Thank you. The listing is confirmed as still correct; its review date is today.',

  // What a provider is told when the CMS refuses to let them change the live listing: the README
  // ("Who can do what") promises a refusal that says what to do instead, in the admin and the API.
  providerCannotPublish:
    'Providers cannot publish listings. Save your changes as a draft and submit it for review; the Local Offer team will then publish it.',
  providerSavesDrafts:
    'Providers cannot change the live listing directly. Save your changes as a draft and submit it for review; the Local Offer team will then publish it.',
  providerRestoresAsDrafts:
    'Providers cannot restore a version straight onto the live listing. Restore it as a draft ("Restore as draft"), then submit it for review; the Local Offer team will then publish it.',
  providerCannotApprove:
    'Only the Local Offer team can approve listings. Save your changes as a draft and submit it for review; the team will then approve and publish it.',
  providerCannotReturn:
    'Only the Local Offer team can return listings. To change a submitted listing, save a new draft and submit it for review again.',

  submitButton: 'Submit for review',
  submitHelp: 'Send your saved draft to the Local Offer team to check and publish.',
  saveFirst: 'Save your draft first, then submit it for review.',
  confirmButton: 'Confirm still correct',
  confirmHelp:
    'If the published listing is still right, confirm it in one step. Nothing changes on the site except its review date.',
  working: 'Working…',
  failed: 'That did not work:',

  navLink: 'Moderation queue',
  queueTitle: 'Moderation queue',
  queueIntro:
    'Listings providers have submitted for review. Check each change, then approve it (it is published at once) or return it with a comment the provider will see.',
  queueEmpty: 'Nothing is waiting for review.',
  newListing: 'New listing: nothing is published yet, so every field is shown as added.',
  submittedBy: 'Organisation',
  lastChanged: 'Submitted',
  noChanges: 'No field differs from the published version.',
  fieldColumn: 'Field',
  changeColumn: 'Change',
  added: 'Added',
  removed: 'Removed',
  addedMarker: '[+ ',
  removedMarker: '[− ',
  markerEnd: ']',
  diffLegend:
    'Added text is underlined and marked [+ … ]; removed text is struck through and marked [− … ].',
  approveButton: 'Approve and publish',
  returnButton: 'Return to provider',
  commentLabel: 'Comment for the provider (required to return; optional when approving)',
  commentRequired: 'Write a comment that tells the provider what to change.',
  openListing: 'Open the listing',
  filterOrganisation: 'Organisation',
  allOrganisations: 'All organisations',
  filterWaiting: 'Waiting',
  waitingAny: 'Any time',
  waitingMoreThan: (days: number) => `More than ${days} days`,
  filterButton: 'Filter',
  clearFilters: 'Clear filters',
  listingColumn: 'Listing',
  waitingColumn: 'Waiting',
  actionColumn: 'Action',
  reviewLink: 'Review',
  waitingCount: (shown: number, total: number) =>
    total === 1
      ? '1 listing is waiting for review.'
      : `${total} listings are waiting for review${shown < total ? ` (showing ${shown})` : ''}.`,
  noneMatch: 'No submission matches these filters.',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  backToQueue: 'Back to the moderation queue',
  notWaiting:
    'This listing is no longer waiting for review: it has been approved or returned, or the provider has changed it since.',
  nextWaiting: 'Next waiting',
  decisionDone: (outcome: 'approved' | 'returned', name: string) =>
    outcome === 'approved'
      ? `‘${name}’ is approved and published.`
      : `‘${name}’ is returned to its provider with your comment.`,
  approvedNext:
    'The public site is rebuilt with it shortly (see The public site on the dashboard); the provider is e-mailed.',
  returnedNext: 'The provider is e-mailed your comment and sees it on their dashboard.',
  staffOnly: 'Only the Local Offer team can see the moderation queue.',
} as const
