import { tz } from '@date-fns/tz'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { startOfDay } from 'date-fns/startOfDay'

/**
 * Frozen with the review_and_moderation migrations (2026-11-25), which are its only users: a past
 * migration must run the same SQL on every database it ever meets, so nothing here may come from
 * live application code. The values and the review-state rule below are copies of
 * `@local-offer/shared`'s (review.ts) as the migration ran them; if the live rule changes, this
 * copy must not. (This folder sits outside `sqlite/` and `postgres/` because Payload's migrate
 * command runs every file in those folders as a migration.)
 */

/** The default review interval when the migration was written (shared's DEFAULT_REVIEW_INTERVAL_MONTHS). */
const DEFAULT_REVIEW_INTERVAL_MONTHS = 12
/** A review due within this many days counted as "due soon" (shared's DUE_SOON_DAYS). */
const DUE_SOON_DAYS = 30
/** Review dates are calendar days in England (shared's REVIEW_TIME_ZONE). */
const inReviewTimeZone = tz('Europe/London')

/** shared's reviewState(lastReviewed, intervalMonths, now) as the migration ran it. */
function reviewState(lastReviewed: Date | string, intervalMonths: number, now: Date = new Date()) {
  const options = { in: inReviewTimeZone }
  const due = new Date(
    startOfDay(addMonths(new Date(lastReviewed), intervalMonths, options), options).getTime(),
  )
  const daysUntilDue = differenceInCalendarDays(due, now, options)
  if (daysUntilDue <= 0) return 'overdue'
  if (daysUntilDue <= DUE_SOON_DAYS) return 'due-soon'
  return 'current'
}

/** Runs SQL text (built here from fixed names and numeric ids only) on either SQL database. */
export interface SqlRunner {
  run: (statement: string) => Promise<void>
  rows: (statement: string) => Promise<Record<string, unknown>[]>
}

/**
 * Data part of the review-and-moderation migration, shared by SQLite and PostgreSQL:
 * - listings already published count as approved;
 * - reviewIntervalMonths becomes an optional override: the old default (12) is cleared so the
 *   category interval applies (the default category interval is also 12, so nothing changes);
 * - the stored review state is worked out from each listing's review date.
 */
export async function backfillReviewAndModeration(db: SqlRunner): Promise<void> {
  await db.run(`UPDATE "services" SET "moderation" = 'approved' WHERE "_status" = 'published'`)
  await db.run(
    `UPDATE "_services_v" SET "version_moderation" = 'approved' WHERE "version__status" = 'published'`,
  )
  await db.run(
    `UPDATE "services" SET "review_interval_months" = NULL WHERE "review_interval_months" = ${DEFAULT_REVIEW_INTERVAL_MONTHS}`,
  )
  await db.run(
    `UPDATE "_services_v" SET "version_review_interval_months" = NULL WHERE "version_review_interval_months" = ${DEFAULT_REVIEW_INTERVAL_MONTHS}`,
  )
  await storeReviewStates(
    db,
    'services',
    'last_reviewed',
    'review_interval_months',
    'review_status',
  )
  await storeReviewStates(
    db,
    '_services_v',
    'version_last_reviewed',
    'version_review_interval_months',
    'version_review_status',
  )
}

async function storeReviewStates(
  db: SqlRunner,
  table: string,
  lastReviewedColumn: string,
  intervalColumn: string,
  statusColumn: string,
): Promise<void> {
  const rows = await db.rows(
    `SELECT "id", "${lastReviewedColumn}" AS "lastReviewed", "${intervalColumn}" AS "interval" FROM "${table}"`,
  )
  const idsByState = new Map<string, number[]>()
  for (const row of rows) {
    const id = Number(row.id)
    if (!Number.isInteger(id)) continue
    const lastReviewed = row.lastReviewed
    const date =
      lastReviewed instanceof Date || typeof lastReviewed === 'string' ? lastReviewed : new Date()
    const interval = Number(row.interval) || DEFAULT_REVIEW_INTERVAL_MONTHS
    const state = reviewState(date, interval)
    idsByState.set(state, [...(idsByState.get(state) ?? []), id])
  }
  for (const [state, ids] of idsByState) {
    await db.run(
      `UPDATE "${table}" SET "${statusColumn}" = '${state}' WHERE "id" IN (${ids.join(', ')})`,
    )
  }
}
