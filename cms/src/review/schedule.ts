import {
  DEFAULT_REVIEW_GRACE_PERIOD_DAYS,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  inReviewTimeZone,
  reviewDueDate,
  reviewState,
  type StoredReviewStatus,
} from '@local-offer/shared'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { parseISO } from 'date-fns/parseISO'
import { startOfDay } from 'date-fns/startOfDay'

import type { ReminderKind } from './reminderKinds'
import { formatInEngland } from '../format/formatInEngland'

/** Providers are reminded this many days before their review is due. */
export const PROVIDER_REMINDER_DAYS = { 'provider-30-days': 30, 'provider-7-days': 7 } as const

/** The responsible officer is told this many days after an unconfirmed review fell due. */
export const OFFICER_ALERT_DAYS_AFTER_DUE = 14

export interface ReviewSettingsValues {
  defaultIntervalMonths: number
  categoryIntervals: { category: string; intervalMonths: number }[]
  gracePeriodDays: number
  overdueAlertEmail?: string | null
}

export const defaultReviewSettings: ReviewSettingsValues = {
  defaultIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS,
  categoryIntervals: [],
  gracePeriodDays: DEFAULT_REVIEW_GRACE_PERIOD_DAYS,
  overdueAlertEmail: null,
}

/** The listing's own interval if it has one, else its category's, else the default. */
export function effectiveIntervalMonths(
  listing: { category?: string | null; reviewIntervalMonths?: number | null },
  settings: ReviewSettingsValues,
): number {
  if (listing.reviewIntervalMonths) return listing.reviewIntervalMonths
  const forCategory = settings.categoryIntervals.find((c) => c.category === listing.category)
  return forCategory?.intervalMonths ?? settings.defaultIntervalMonths
}

const inEngland = { in: inReviewTimeZone }

/** A calendar day in England as yyyy-MM-dd, like the rest of the review dates. */
export const dayKey = (date: Date): string => formatInEngland(date, 'yyyy-MM-dd')

/** "Today" from a yyyy-MM-dd or ISO string (tests drive the clock), or now. */
export function toDay(value?: string | Date | null): Date {
  const date = value ? (typeof value === 'string' ? parseISO(value, inEngland) : value) : new Date()
  return new Date(startOfDay(date, inEngland).getTime())
}

export interface ReviewPlan {
  dueDate: Date
  /** Positive before the due date, 0 on it, negative after. */
  daysUntilDue: number
  /** The computed state (without withdrawal). */
  state: 'current' | 'due-soon' | 'overdue'
  /** The reminder whose window today falls in, if any. */
  reminder: ReminderKind | null
  /** The grace period has run out: withdraw the listing. */
  withdraw: boolean
}

/**
 * What the schedule asks for on `today`, for a listing last reviewed on `lastReviewed`.
 * Each reminder has a window rather than a single day, so a day the job did not run is caught up
 * on the next run (the sent-log stops it being sent twice):
 * 30-day reminder from 30 to 8 days before, 7-day reminder from 7 days to 1 day before,
 * officer alert from 14 days after the due date until withdrawal at the end of the grace period.
 */
export function reviewPlanOn(
  lastReviewed: string | Date,
  intervalMonths: number,
  gracePeriodDays: number,
  today: Date,
): ReviewPlan {
  const dueDate = reviewDueDate(lastReviewed, intervalMonths)
  const daysUntilDue = differenceInCalendarDays(dueDate, today, inEngland)
  const daysOverdue = -daysUntilDue
  let reminder: ReminderKind | null = null
  if (daysUntilDue > PROVIDER_REMINDER_DAYS['provider-7-days']) {
    if (daysUntilDue <= PROVIDER_REMINDER_DAYS['provider-30-days']) reminder = 'provider-30-days'
  } else if (daysUntilDue > 0) {
    reminder = 'provider-7-days'
  } else if (daysOverdue >= OFFICER_ALERT_DAYS_AFTER_DUE && daysOverdue < gracePeriodDays) {
    reminder = 'officer-14-days-overdue'
  }
  return {
    dueDate,
    daysUntilDue,
    state: reviewState(lastReviewed, intervalMonths, today),
    reminder,
    withdraw: daysOverdue >= gracePeriodDays,
  }
}

/**
 * The review status to store after a save: the computed state, except that a withdrawn listing
 * stays withdrawn until its review date moves (a confirmation or a publish resets it), and that a
 * listing someone reported a problem with is due for review until an officer resolves the report
 * (issue 12: a family's report is a reason to check it now, whatever its date says).
 */
export function storedReviewStatus(
  computed: ReviewPlan['state'],
  previous: StoredReviewStatus | null | undefined,
  hasOpenProblemReport = false,
): StoredReviewStatus {
  const state = hasOpenProblemReport && computed === 'current' ? 'due-soon' : computed
  return previous === 'withdrawn' && state === 'overdue' ? 'withdrawn' : state
}
