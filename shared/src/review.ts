import { tz } from '@date-fns/tz'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { startOfDay } from 'date-fns/startOfDay'

/**
 * Review dates are calendar days in England, whatever time zone the server runs in (hosting is
 * often UTC, an hour behind in summer), so "due today" means the same day to everyone.
 */
export const REVIEW_TIME_ZONE = 'Europe/London'
export const inReviewTimeZone = tz(REVIEW_TIME_ZONE)

/** How long a listing stays current after its last review, unless its category or listing says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

export type ReviewState = 'current' | 'due-soon' | 'overdue'

/** Listings whose review falls due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 30

export function reviewDueDate(lastReviewed: Date | string, intervalMonths: number): Date {
  const options = { in: inReviewTimeZone }
  const due = startOfDay(addMonths(new Date(lastReviewed), intervalMonths, options), options)
  return new Date(due.getTime())
}

export function reviewState(
  lastReviewed: Date | string,
  intervalMonths: number,
  now: Date = new Date(),
): ReviewState {
  const due = reviewDueDate(lastReviewed, intervalMonths)
  const daysUntilDue = differenceInCalendarDays(due, now, { in: inReviewTimeZone })
  if (daysUntilDue <= 0) return 'overdue'
  if (daysUntilDue <= DUE_SOON_DAYS) return 'due-soon'
  return 'current'
}

export function isReviewOverdue(
  lastReviewed: Date | string,
  intervalMonths: number,
  now: Date = new Date(),
): boolean {
  return reviewState(lastReviewed, intervalMonths, now) === 'overdue'
}

/**
 * The review state stored on a listing, which the site reads: the three computed states, plus
 * `withdrawn` for a listing nobody confirmed within the grace period after it fell due.
 */
export type StoredReviewStatus = ReviewState | 'withdrawn'

export const reviewStatuses = [
  { value: 'current', label: 'Current' },
  { value: 'due-soon', label: 'Due for review soon' },
  { value: 'overdue', label: 'Overdue for review' },
  { value: 'withdrawn', label: 'Withdrawn (not confirmed)' },
] as const satisfies readonly { value: StoredReviewStatus; label: string }[]

/** Days after the due date before an unconfirmed listing is withdrawn, unless configured otherwise. */
export const DEFAULT_REVIEW_GRACE_PERIOD_DAYS = 60
