/** Every string the problem-report feature shows in the admin. */
export const problemReportStrings = {
  labels: { singular: 'Problem report', plural: 'Problem reports' },
  group: 'Local Offer',
  description:
    'Problems families reported with a listing ("Report a problem with this page"). The provider and the responsible officer are e-mailed; the listing counts as due for review until every report on it is resolved.',
  listing: 'Listing',
  problem: 'What is wrong',
  details: {
    label: 'Details (names, phone numbers and addresses removed)',
    description: 'What the family added, with personal details replaced as they were sent.',
  },
  redactionSummary: 'Personal details removed',
  locale: 'Language of the page',
  status: {
    label: 'Status',
    description: 'Mark it resolved once the listing is checked (updated, confirmed or withdrawn).',
  },
  statuses: [
    { value: 'open', label: 'Open' },
    { value: 'resolved', label: 'Resolved' },
  ],
  resolvedAt: 'Resolved on',
  resolvedBy: 'Resolved by',
  notified: 'E-mailed to',
  nothingRemoved: 'Nothing',
  dashboardTitle: 'Problems families reported',
  dashboardNone: 'No open problem reports.',
  dashboardOpen: (n: number) =>
    n === 1 ? '1 problem report is open.' : `${n} problem reports are open.`,
  dashboardLink: 'See open problem reports',
} as const

export type ProblemReportStatus = (typeof problemReportStrings.statuses)[number]['value']
