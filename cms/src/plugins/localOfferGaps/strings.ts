/** The words of the gaps view and its endpoints (the admin is in English). */
export const gapStrings = {
  nav: 'Local Offer gaps',
  title: 'Where the Local Offer has gaps',
  staffOnly: 'Only LA officers and administrators can see where the Local Offer has gaps.',
  intro:
    'How many published listings families can rely on today (not overdue for review, not withdrawn) serve each pair of values. A listing counts in every cell it serves: a service for ages 4 to 11 counts under 0 to 5 and 5 to 11; one with no venue counts in every locality; one with no area of need chosen counts under all four.',
  choose: 'Choose what to compare',
  rows: 'Rows',
  columns: 'Columns',
  onlyFor: (dimension: string) => `Only listings for this ${dimension.toLowerCase()}`,
  any: 'Any',
  show: 'Show the table',
  csv: 'Download this table (CSV)',
  empty: 'None',
  thin: 'Thin',
  legend: (thinAtMost: number) =>
    `“None” marks a cell with no listing; “Thin” marks one with ${thinAtMost} or fewer.`,
  summary: (listings: number, empty: number, thin: number) =>
    `${listings} listings counted. ${empty} cells have none and ${thin} are thin.`,
  caption: (rows: string, columns: string) =>
    `Listings by ${rows.toLowerCase()} and ${columns.toLowerCase()}`,
  searches: 'Searches that found nothing',
  searchesIntro:
    'Words people searched the site for in the last 12 months that found no listing or page, counted per day and language. Nothing else is kept: no address, no time of day. Anything that looked like personal data was replaced before counting.',
  searchesNone: 'No search has come up empty in the last 12 months.',
  searchesCaption: 'Searches that found nothing, most frequent first',
  words: 'Words searched for',
  language: 'Language of the site',
  times: 'Times',
  days: 'Days',
  moreNotShown: (n: number) => `${n} more not shown.`,
  comments: (n: number) =>
    `${n} ${n === 1 ? 'comment was' : 'comments were'} sent about finding information on this website (“This website: finding and reading information”) in the same 12 months.`,
  commentsLink: 'Read the comments',
} as const

/** The words of a report's "Local Offer in numbers" (counts frozen into a "You said, we did" report). */
export const reportCountsStrings = {
  labels: { singular: 'Count of listings', plural: 'The Local Offer in numbers' },
  description:
    'Add the gaps view’s counts to this report as a table and a bar chart. The counts are taken when you save and then stay as they were on that day, so the published report does not change when listings do.',
  rows: 'Rows (the bars are grouped by these)',
  columns: 'Columns (one bar each)',
  sameDimension: 'Choose columns different from the rows.',
  note: 'What these numbers show (optional)',
  noteDescription:
    'A sentence or two shown above the chart, for example what the council is doing about a gap.',
  countAgain: 'Count again when I save',
  countAgainDescription:
    'Replace the counts with today’s. Leave unticked to keep the counts as they were taken.',
  takenAt: 'Counted on',
  takenAtDescription: 'When these counts were taken. Filled in when you save.',
  counts: 'The counts as they were taken',
} as const
