import type { ImportReport, Outcome, RecordResult } from './importFeed.js'

const OUTCOMES: Outcome[] = ['created', 'updated', 'unchanged', 'skipped', 'rejected']

/** One line per record (and one per detail), as the importer prints them. */
export function formatResult(result: RecordResult): string {
  const head = `${result.outcome.padEnd(9)}  ${result.ref}${result.name ? `  ${result.name}` : ''}`
  const organisation =
    result.organisation && result.organisation !== 'unchanged'
      ? [`organisation ${result.organisation}`]
      : []
  return [head, ...[...organisation, ...result.details].map((d) => `             - ${d}`)].join(
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
    `; organisations: ${organisations.created} created, ${organisations.updated} updated.`
  )
}
