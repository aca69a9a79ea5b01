import type { GapCounts } from '@local-offer/shared/gapCounts'

import type { DimensionKey } from '../dimensions'

/** One "Local Offer in numbers" row of a report, as the admin sends it and the database keeps it. */
export interface ReportCountsRow {
  id?: string | null
  rows: DimensionKey
  columns: DimensionKey
  /** The officer asks for today's counts instead of the ones kept. */
  countAgain?: boolean | null
  takenAt?: string | null
  counts?: unknown
}

/** What to count: the two dimensions of the table. */
export type Cut = Pick<ReportCountsRow, 'rows' | 'columns'>

export interface Snapshot {
  takenAt: string
  counts: GapCounts
}

/** The counts a row already has and may keep, if any (see applySnapshotRule). */
function keptSnapshot(
  row: ReportCountsRow,
  previous: readonly ReportCountsRow[],
): Snapshot | undefined {
  const kept = row.id ? previous.find((candidate) => candidate.id === row.id) : undefined
  if (!kept || row.countAgain) return undefined
  if (kept.rows !== row.rows || kept.columns !== row.columns) return undefined
  if (typeof kept.takenAt !== 'string' || kept.counts === null || kept.counts === undefined)
    return undefined
  return { takenAt: kept.takenAt, counts: kept.counts as GapCounts }
}

/**
 * The snapshot rule. A report's counts are frozen when they are taken, so a published report
 * does not change when listings change later. A row keeps the counts it already has (whatever a
 * client sends for them: only the CMS counts) unless it is new, its rows or columns were changed,
 * or the officer ticked "count again"; then it gets the counts of the moment (`take`), dated.
 * The tick is never kept, so the next save freezes the new counts again.
 */
export function applySnapshotRule<Row extends ReportCountsRow>(
  incoming: readonly Row[],
  previous: readonly ReportCountsRow[],
  take: (cut: Cut) => Snapshot,
): Row[] {
  return incoming.map((row) => ({
    ...row,
    countAgain: false,
    ...(keptSnapshot(row, previous) ?? take({ rows: row.rows, columns: row.columns })),
  }))
}

/** True when saving these rows needs today's counts (so the listings are read only then). */
export function needsCounting(
  incoming: readonly ReportCountsRow[],
  previous: readonly ReportCountsRow[],
): boolean {
  return incoming.some((row) => keptSnapshot(row, previous) === undefined)
}
