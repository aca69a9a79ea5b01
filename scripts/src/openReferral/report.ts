import type { ImportReport, Outcome, RecordResult } from './importFeed.js'

const OUTCOMES: Outcome[] = [
  'created',
  'updated',
  'unchanged',
  'skipped',
  'needs sorting',
  'conflict',
  'rejected',
]

/** One line per record (and one per detail), as the importer prints them. */
export function formatResult(result: RecordResult): string {
  const head = `${result.outcome.padEnd(13)}  ${result.ref}${result.name ? `  ${result.name}` : ''}`
  const organisation =
    result.organisation && result.organisation !== 'unchanged'
      ? [`organisation ${result.organisation}`]
      : []
  return [head, ...[...organisation, ...result.details].map((d) => `                 - ${d}`)].join(
    '\n',
  )
}

export function countOutcomes(report: ImportReport): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  for (const result of report.results) counts[result.outcome]++
  return counts
}

export function formatSummary(report: ImportReport): string {
  const counts = countOutcomes(report)
  const organisations = { created: 0, updated: 0 }
  for (const r of report.results) {
    if (r.organisation === 'created' || r.organisation === 'updated')
      organisations[r.organisation]++
  }
  return (
    `${report.dryRun ? 'Dry run (nothing was written): would have ' : ''}` +
    `${report.results.length} services: ` +
    OUTCOMES.map((o) => `${counts[o]} ${o}`).join(', ') +
    `; organisations: ${organisations.created} created, ${organisations.updated} updated` +
    `${report.writtenTogether > 0 ? `; ${report.writtenTogether} new listings written together in runs of up to 100` : ''}.`
  )
}

/**
 * The records that need sorting, with the reasons, as a file an officer works through: the
 * importer reads it back as a feed (readFeed) once the terms are in the mapping file.
 */
export function needsSortingFile(report: ImportReport, feed: string) {
  return {
    about:
      'Records from an Open Referral feed that the Local Offer could not classify. Add their terms to the mapping file (or give them Local Offer terms) and import this file again.',
    feed,
    records: report.results
      .filter((result) => result.outcome === 'needs sorting')
      .map((result) => ({
        id: result.ref,
        name: result.name,
        reasons: result.details,
        record: result.record,
      })),
  }
}
