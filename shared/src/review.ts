import { addMonths, differenceInCalendarDays, startOfDay } from 'date-fns'

/** How long a listing stays current after its last review, unless its category or listing says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

export type ReviewState = 'current' | 'due-soon' | 'overdue'

/** Listings whose review falls due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 30

export function reviewDueDate(lastReviewed: Date | string, intervalMonths: number): Date {
  return startOfDay(addMonths(new Date(lastReviewed), intervalMonths))
}

export function reviewState(
  lastReviewed: Date | string,
  intervalMonths: number,
  now: Date = new Date(),
): ReviewState {
  const due = reviewDueDate(lastReviewed, intervalMonths)
  const daysUntilDue = differenceInCalendarDays(due, now)
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
