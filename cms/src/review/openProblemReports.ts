import type { Payload, PayloadRequest } from 'payload'

import type { Service } from '../payload-types'
import { loadReviewSettings } from './reviewSettings'
import { effectiveIntervalMonths, reviewPlanOn, storedReviewStatus, toDay } from './schedule'
import { writeLiveReviewFields } from './writeLiveReviewFields'

/**
 * Open "Report a problem" reports, as the review rules see them: a listing with one is due for
 * review (storedReviewStatus) until an officer marks every report on it resolved.
 */
export const PROBLEM_REPORTS = 'problem-reports' as const

/** Does this listing have a report nobody has resolved yet? */
export async function hasOpenProblemReport(
  payload: Payload,
  listingId: Service['id'],
  req?: Partial<PayloadRequest>,
): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: PROBLEM_REPORTS,
    where: { and: [{ listing: { equals: listingId } }, { status: { equals: 'open' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The ids (as strings) of every listing with an open report, read once for the review job. */
export async function listingsWithOpenProblemReports(payload: Payload): Promise<Set<string>> {
  const open = await payload.find({
    collection: PROBLEM_REPORTS,
    where: { status: { equals: 'open' } },
    select: { listing: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(
    open.docs.map((report) =>
      String(typeof report.listing === 'object' ? report.listing.id : report.listing),
    ),
  )
}

/**
 * Stores the live listing's review status again after a report is made or resolved, from the
 * same rules as a save or the review job. Only the review status moves; nothing is published.
 * Returns the status stored, or null when the listing is not live.
 */
export async function refreshReviewStatus(
  payload: Payload,
  listingId: Service['id'],
  req?: Partial<PayloadRequest>,
): Promise<Service['reviewStatus'] | null> {
  const live = await payload.findByID({
    collection: 'services',
    id: listingId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!live || live._status !== 'published') return null
  const settings = await loadReviewSettings(payload, req)
  const plan = reviewPlanOn(
    live.lastReviewed,
    effectiveIntervalMonths(live, settings),
    settings.gracePeriodDays,
    toDay(),
  )
  const status = storedReviewStatus(
    plan.state,
    live.reviewStatus,
    await hasOpenProblemReport(payload, live.id, req),
  )
  if (status !== live.reviewStatus) {
    await writeLiveReviewFields(payload, live.id, { reviewStatus: status }, req)
  }
  return status
}
