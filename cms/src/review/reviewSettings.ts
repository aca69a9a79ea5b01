import type { Payload, PayloadRequest } from 'payload'

import { sharedRead } from '../db/sharedReads'
import { defaultReviewSettings, type ReviewSettingsValues } from './schedule'

/** The review settings global, with the defaults filled in for anything not yet saved. */
export async function loadReviewSettings(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<ReviewSettingsValues> {
  const stored = await sharedRead(req, 'review-settings', () =>
    payload.findGlobal({ slug: 'review-settings', depth: 0, overrideAccess: true, req }),
  )
  return {
    defaultIntervalMonths:
      stored.defaultIntervalMonths ?? defaultReviewSettings.defaultIntervalMonths,
    categoryIntervals: (stored.categoryIntervals ?? []).map(({ category, intervalMonths }) => ({
      category,
      intervalMonths,
    })),
    gracePeriodDays: stored.gracePeriodDays ?? defaultReviewSettings.gracePeriodDays,
    overdueAlertEmail: stored.overdueAlertEmail ?? null,
  }
}
