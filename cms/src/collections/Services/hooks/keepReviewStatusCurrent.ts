import type { CollectionBeforeChangeHook } from 'payload'

import { listingSaveContext } from '../../../moderation/listingSaveContext'
import { liveRowBeforeSave } from '../../../hooks/liveState'
import type { Service } from '../../../payload-types'
import { hasOpenProblemReport } from '../../../review/openProblemReports'
import { loadReviewSettings } from '../../../review/reviewSettings'
import {
  effectiveIntervalMonths,
  reviewPlanOn,
  storedReviewStatus,
  toDay,
} from '../../../review/schedule'

type LiveReviewFields = Pick<Service, '_status' | 'lastReviewed' | 'reviewStatus'>

/**
 * Keeps the stored review state (which the site reads) true on every save:
 * - publishing by a signed-in person counts as a review, so the review date becomes today unless
 *   they changed it themselves;
 * - a draft saved over a live listing keeps the live listing's review date and state, which only
 *   publishing, "Confirm still correct" and the review job change;
 * - the state is worked out from the review date and interval (and any open problem report); a
 *   withdrawn listing stays withdrawn until its review date moves on.
 * The live listing's fields come from the live-state read (trackLiveState), done once per save.
 */
export const keepReviewStatusCurrent: CollectionBeforeChangeHook<Service> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const today = toDay(listingSaveContext(req.context).reviewToday)
  const live = liveRowBeforeSave(
    req,
    'services',
    originalDoc?.id,
    operation,
  ) as LiveReviewFields | null
  const wasLive = live?._status === 'published'

  const publishing = (data._status ?? originalDoc?._status) === 'published'
  // The edit form shows the live review date (showLiveReviewFieldsOnDrafts), so a date equal to
  // either the draft's or the live one is unchanged.
  const dateChangedByUser =
    data.lastReviewed !== undefined &&
    data.lastReviewed !== originalDoc?.lastReviewed &&
    data.lastReviewed !== live?.lastReviewed
  let lastReviewed = data.lastReviewed ?? originalDoc?.lastReviewed ?? today.toISOString()
  let previousStatus = originalDoc?.reviewStatus
  if (publishing && req.user && !dateChangedByUser) {
    lastReviewed = today.toISOString()
    previousStatus = null
  } else if (!publishing && wasLive && live && !dateChangedByUser) {
    lastReviewed = live.lastReviewed
    previousStatus = live.reviewStatus
  }

  const settings = await loadReviewSettings(req.payload, req)
  const interval = effectiveIntervalMonths(
    {
      category: data.category ?? originalDoc?.category,
      reviewIntervalMonths:
        data.reviewIntervalMonths !== undefined
          ? data.reviewIntervalMonths
          : originalDoc?.reviewIntervalMonths,
    },
    settings,
  )
  const plan = reviewPlanOn(lastReviewed, interval, settings.gracePeriodDays, today)
  const reported =
    originalDoc?.id !== undefined && (await hasOpenProblemReport(req.payload, originalDoc.id, req))
  return {
    ...data,
    lastReviewed,
    reviewStatus: storedReviewStatus(plan.state, previousStatus, reported),
  }
}
