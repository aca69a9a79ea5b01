/** Every string the officers' review dashboard shows. */
export const dashboardStrings = {
  title: 'Keeping the Local Offer true',
  intro:
    'Published listings by review state. Overdue listings are shown to families as out of date; withdrawn listings are off the site until someone confirms or updates them.',
  chartTitle: 'Published listings by review state',
  chartDescription: (parts: string) => `Bar chart. ${parts}.`,
  byStateCaption: 'Listings by review state',
  byOrganisationCaption: 'Listings by organisation and review state',
  stateColumn: 'Review state',
  countColumn: 'Listings',
  organisationColumn: 'Organisation',
  totalColumn: 'Total',
  reviewedShare: (reviewed: number, total: number, percent: number) =>
    `${reviewed} of ${total} published listings (${percent}%) were reviewed in the last 12 months.`,
  awaiting: (n: number) =>
    n === 1
      ? '1 change is waiting in the moderation queue.'
      : `${n} changes are waiting in the moderation queue.`,
  openQueue: 'Open the moderation queue',
} as const
