import { reviewDueDate } from '@local-offer/shared'
import type { Payload, Where } from 'payload'

import { organisationOf } from '../access/userRoles'
import type { Service, User } from '../payload-types'
import { PROBLEM_REPORTS } from '../review/openProblemReports'
import { loadReviewSettings } from '../review/reviewSettings'
import { effectiveIntervalMonths } from '../review/schedule'
import { listingStatus, type ListingStatus } from './listingStatus'

export interface ProviderListingRow {
  id: Service['id']
  name: string
  status: ListingStatus
  moderationComment: string | null
}

/**
 * The provider's own organisation's listings, each with its one status and action, most urgent
 * first. Read as the provider (access control on), so they never see another organisation's.
 */
export async function providerListings(
  payload: Payload,
  user: User,
): Promise<ProviderListingRow[]> {
  const organisation = organisationOf(user)
  if (organisation === undefined) return []
  return listingRows(payload, user, { organisation: { equals: organisation } })
}

/**
 * The one status of the listings `where` selects that `user` may read: the same wording on the
 * dashboard and on the listing's edit view (components/ListingStatusLine).
 */
export async function listingRows(
  payload: Payload,
  user: User,
  where: Where,
): Promise<ProviderListingRow[]> {
  const [latest, live, settings] = await Promise.all([
    payload.find({
      collection: 'services',
      where,
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user,
      select: { name: true, moderation: true, moderationComment: true, _status: true },
    }),
    payload.find({
      collection: 'services',
      where: { and: [where, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user,
      select: {
        reviewStatus: true,
        lastReviewed: true,
        category: true,
        reviewIntervalMonths: true,
      },
    }),
    loadReviewSettings(payload),
  ])
  const liveById = new Map(live.docs.map((doc) => [String(doc.id), doc]))
  const reported = await payload.find({
    collection: PROBLEM_REPORTS,
    where: {
      and: [{ listing: { in: latest.docs.map((doc) => doc.id) } }, { status: { equals: 'open' } }],
    },
    select: { listing: true },
    depth: 0,
    limit: 0,
    pagination: false,
    // Providers cannot read reports (staff only); they only learn that their listing has one.
    overrideAccess: true,
  })
  const withReports = new Set(
    reported.docs.map((r) => String(typeof r.listing === 'object' ? r.listing.id : r.listing)),
  )
  const rows = latest.docs.map((doc): ProviderListingRow => {
    const liveDoc = liveById.get(String(doc.id))
    return {
      id: doc.id,
      name: doc.name ?? '',
      moderationComment: doc.moderationComment ?? null,
      status: listingStatus({
        moderation: doc.moderation,
        latestIsDraft: doc._status !== 'published',
        hasOpenProblemReport: withReports.has(String(doc.id)),
        live: liveDoc
          ? {
              reviewStatus: liveDoc.reviewStatus,
              dueDate: reviewDueDate(
                liveDoc.lastReviewed,
                effectiveIntervalMonths(liveDoc, settings),
              ),
            }
          : null,
      }),
    }
  })
  return rows.sort(
    (a, b) => a.status.urgency - b.status.urgency || a.name.localeCompare(b.name, 'en-GB'),
  )
}
