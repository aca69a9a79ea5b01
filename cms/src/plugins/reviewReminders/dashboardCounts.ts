import { reviewStatuses, type StoredReviewStatus } from '@local-offer/shared'
import { subMonths } from 'date-fns/subMonths'
import type { Payload } from 'payload'

import type { Organisation } from '../../payload-types'

export type CountsByState = Record<StoredReviewStatus, number>

export interface ReviewDashboardCounts {
  /** Published listings (withdrawn ones included: they are still the LA's to deal with). */
  total: number
  byState: CountsByState
  byOrganisation: { id: Organisation['id']; name: string; total: number; byState: CountsByState }[]
  reviewedInLast12Months: number
  /** reviewedInLast12Months / total, 0 when there are no listings. */
  shareReviewedInLast12Months: number
  awaitingModeration: number
}

const emptyCounts = (): CountsByState =>
  Object.fromEntries(reviewStatuses.map((s) => [s.value, 0])) as CountsByState

/** The numbers for the officers' dashboard, from the stored review state of live listings. */
export async function reviewDashboardCounts(
  payload: Payload,
  today: Date = new Date(),
): Promise<ReviewDashboardCounts> {
  const live = await payload.find({
    collection: 'services',
    where: { _status: { equals: 'published' } },
    select: { organisation: true, reviewStatus: true, lastReviewed: true },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byState = emptyCounts()
  const organisations = new Map<string, ReviewDashboardCounts['byOrganisation'][number]>()
  const since = subMonths(today, 12)
  let reviewedInLast12Months = 0
  for (const listing of live.docs) {
    const state = listing.reviewStatus ?? 'current'
    byState[state]++
    const org = listing.organisation
    const id = typeof org === 'object' ? org.id : org
    const name = typeof org === 'object' ? org.name : `Organisation ${org}`
    const entry = organisations.get(String(id)) ?? { id, name, total: 0, byState: emptyCounts() }
    entry.total++
    entry.byState[state]++
    organisations.set(String(id), entry)
    if (new Date(listing.lastReviewed) >= since) reviewedInLast12Months++
  }
  // The latest version of each listing is what moderation is about: read drafts.
  const awaiting = await payload.find({
    collection: 'services',
    where: { moderation: { equals: 'submitted' } },
    draft: true,
    select: { moderation: true },
    limit: 1,
    overrideAccess: true,
  })
  const total = live.docs.length
  return {
    total,
    byState,
    byOrganisation: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name)),
    reviewedInLast12Months,
    shareReviewedInLast12Months: total === 0 ? 0 : reviewedInLast12Months / total,
    awaitingModeration: awaiting.totalDocs,
  }
}
