import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'

import { inReviewTimeZone } from './review.js'

/**
 * A listing can be temporarily closed (building work, staff shortage, a term's pause) with the
 * day it expects to reopen. The closure ends by itself on that day: the site, the Open Referral
 * API and the officers' lists all ask `closureOn` for a given day, so nobody has to remember to
 * untick it, and the CMS asks for a site rebuild on the reopening day (the daily review job).
 */
export interface TemporaryClosure {
  closed?: boolean | null
  /** The day it reopens (a Payload date: an ISO date-time); empty: not known yet. */
  reopens?: string | null
}

export type ClosureState =
  | { closed: false }
  /** `reopens` is a calendar day in England, yyyy-mm-dd, when one was given. */
  | { closed: true; reopens?: string }

/** Whether the listing is closed on `today` (a calendar day in England). */
export function closureOn(
  closure: TemporaryClosure | null | undefined,
  today: Date | string = new Date(),
): ClosureState {
  if (!closure?.closed) return { closed: false }
  if (!closure.reopens) return { closed: true }
  const reopens = new Date(closure.reopens)
  if (Number.isNaN(reopens.getTime())) return { closed: true }
  if (differenceInCalendarDays(reopens, new Date(today), { in: inReviewTimeZone }) <= 0) {
    return { closed: false }
  }
  return { closed: true, reopens: format(reopens, 'yyyy-MM-dd', { in: inReviewTimeZone }) }
}

/** Whether the closure ends on `today` (so the published site must change today). */
export function reopensOn(
  closure: TemporaryClosure | null | undefined,
  today: Date | string = new Date(),
): boolean {
  if (!closure?.closed || !closure.reopens) return false
  const reopens = new Date(closure.reopens)
  return (
    !Number.isNaN(reopens.getTime()) &&
    differenceInCalendarDays(reopens, new Date(today), { in: inReviewTimeZone }) === 0
  )
}
