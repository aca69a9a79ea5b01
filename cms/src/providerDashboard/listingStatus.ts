import type { StoredReviewStatus } from '@local-offer/shared'

import { formatInEngland } from '../format/formatInEngland'
import type { ModerationState } from '../moderation/moderationStates'
import { providerDashboardStrings as s } from './strings'

/** What the dashboard knows about one of the provider's listings. */
export interface ListingFacts {
  /** The latest version's moderation state (moderation/setModerationState keeps it true). */
  moderation: ModerationState | null | undefined
  /** The latest version is an unpublished draft (Payload's _status). */
  latestIsDraft: boolean
  /** Whether a version is live on the site, and its stored review state (review rules). */
  live: { reviewStatus: StoredReviewStatus | null | undefined; dueDate: Date } | null
  /** A family's report nobody has resolved yet (review/openProblemReports). */
  hasOpenProblemReport: boolean
}

export type ListingStatusKind =
  | 'returned'
  | 'submitted'
  | 'withdrawn'
  | 'overdue'
  | 'reported'
  | 'due-soon'
  | 'live-with-changes'
  | 'draft'
  | 'live'

export type ListingActionKind =
  'see-comment' | 'review-now' | 'confirm' | 'submit' | 'view' | 'edit'

export interface ListingStatus {
  kind: ListingStatusKind
  /** The one status wording the provider sees for the listing. */
  label: string
  action: { kind: ListingActionKind; label: string }
  /** Lower is more urgent: the dashboard lists the most urgent first. */
  urgency: number
}

const day = (date: Date) => formatInEngland(date, 'd MMMM yyyy')

/**
 * One status and one action per listing, from the moderation and review rules, in order of what
 * the provider must deal with first: the team's comment; a submission (nothing to do but wait:
 * approving it is the review); anything the review rules say is due (withdrawn, overdue, a
 * family's report, due soon); drafts; live and current.
 */
export function listingStatus(facts: ListingFacts): ListingStatus {
  const { moderation, live } = facts
  if (moderation === 'returned') {
    return status('returned', s.status.returned, 'see-comment', s.action.seeComment, 0)
  }
  if (moderation === 'submitted') {
    return status('submitted', s.status.submitted, 'view', s.action.view, 6)
  }
  if (live?.reviewStatus === 'withdrawn') {
    return status(
      'withdrawn',
      s.status.withdrawn(day(live.dueDate)),
      'review-now',
      s.action.reviewNow,
      1,
    )
  }
  if (live?.reviewStatus === 'overdue') {
    return status(
      'overdue',
      s.status.overdue(day(live.dueDate)),
      'review-now',
      s.action.reviewNow,
      2,
    )
  }
  if (live && facts.hasOpenProblemReport) {
    return status('reported', s.status.reported, 'review-now', s.action.reviewNow, 3)
  }
  if (live?.reviewStatus === 'due-soon') {
    return status('due-soon', s.status.dueSoon(day(live.dueDate)), 'confirm', s.action.confirm, 4)
  }
  if (facts.latestIsDraft) {
    return live
      ? status('live-with-changes', s.status.liveWithChanges, 'submit', s.action.submit, 5)
      : status('draft', s.status.draft, 'submit', s.action.submit, 5)
  }
  return status('live', s.status.live(day(live?.dueDate ?? new Date())), 'edit', s.action.edit, 7)
}

function status(
  kind: ListingStatusKind,
  label: string,
  action: ListingActionKind,
  actionLabel: string,
  urgency: number,
): ListingStatus {
  return { kind, label, action: { kind: action, label: actionLabel }, urgency }
}
