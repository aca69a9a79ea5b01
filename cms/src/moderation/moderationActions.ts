import { labelFor } from '@local-offer/shared'
import type { PayloadRequest } from 'payload'

import { staffRoles } from '../access/userRoles'
import { latestVersionId, recordAudit } from '../audit/recordAudit'
import { badRequest, conflict } from '../endpoints/httpErrors'
import { requireRole } from '../endpoints/requireUser'
import type { Service, User } from '../payload-types'
import { loadReviewSettings } from '../review/reviewSettings'
import { hasOpenProblemReport } from '../review/openProblemReports'
import {
  effectiveIntervalMonths,
  reviewPlanOn,
  storedReviewStatus,
  toDay,
} from '../review/schedule'
import { writeLiveReviewFields } from '../review/writeLiveReviewFields'
import type { ListingSaveContext } from './listingSaveContext'
import { moderationStates } from './moderationStates'
import { moderationStrings } from './strings'
import { requestSiteRebuild } from '../plugins/sitePublishing/requestSiteRebuild'
import { siteBuildStrings } from '../plugins/sitePublishing/strings'

/** The longest comment an officer can send back with a returned listing. */
export const MAX_MODERATION_COMMENT = 2000

const stateLabel = (state: Service['moderation']) =>
  labelFor(moderationStates, state)?.toLowerCase() ?? 'not submitted'

/** Providers (for their own organisation's listings: the read that follows checks) and staff. */
const providersAndStaff = [...staffRoles, 'provider'] as const

/** The latest draft of a listing, as the user may see it (404 if they may not). */
const latestAsUser = (req: PayloadRequest, id: string) =>
  req.payload.findByID({
    collection: 'services',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    req,
  })

const saveWith = (req: PayloadRequest, context: ListingSaveContext) => {
  Object.assign(req.context, context)
}

/** A provider (own organisation's listings) or an officer sends the latest draft for review. */
export async function submitForReview(req: PayloadRequest, user: User, id: string) {
  requireRole(
    user,
    providersAndStaff,
    'Only providers and the Local Offer team can submit listings.',
  )
  const latest = await latestAsUser(req, id)
  if (latest.moderation === 'submitted') {
    throw conflict('This listing is already waiting for review by the Local Offer team.')
  }
  if (latest._status === 'published') {
    throw conflict(
      'There are no unpublished changes to submit. Edit the listing and save a draft first; if it is still correct as it is, use "Confirm still correct".',
    )
  }
  saveWith(req, { moderationAction: 'submit' })
  return req.payload.update({
    collection: 'services',
    id,
    data: {},
    draft: true,
    depth: 0,
    overrideAccess: false,
    req,
  })
}

/** An officer publishes a submitted draft. `versionId` guards against approving unseen changes. */
export async function approveSubmission(
  req: PayloadRequest,
  user: User,
  id: string,
  options: { versionId?: string; comment?: string },
) {
  requireRole(user, staffRoles, moderationStrings.providerCannotApprove)
  const latest = await latestAsUser(req, id)
  if (latest.moderation !== 'submitted') {
    throw conflict(
      `This listing is not waiting for review (it is ${stateLabel(latest.moderation)}).`,
    )
  }
  if (options.versionId) {
    const current = await latestVersionId(req.payload, latest.id, req)
    if (String(current) !== options.versionId) {
      throw conflict(
        'The listing has changed since you opened it. Reload the moderation queue to see the latest changes before approving.',
      )
    }
  }
  saveWith(req, { moderationAction: 'approve', moderationComment: options.comment })
  return req.payload.update({
    collection: 'services',
    id,
    data: { _status: 'published' },
    depth: 0,
    overrideAccess: false,
    req,
  })
}

/** An officer sends a submitted draft back to the provider with a comment saying what to change. */
export async function returnSubmission(
  req: PayloadRequest,
  user: User,
  id: string,
  comment: string | undefined,
) {
  requireRole(user, staffRoles, moderationStrings.providerCannotReturn)
  if (!comment) {
    throw badRequest(
      'Write a comment that tells the provider what to change before returning the listing.',
    )
  }
  const latest = await latestAsUser(req, id)
  if (latest.moderation !== 'submitted') {
    throw conflict(
      `This listing is not waiting for review (it is ${stateLabel(latest.moderation)}).`,
    )
  }
  saveWith(req, { moderationAction: 'return', moderationComment: comment })
  return req.payload.update({
    collection: 'services',
    id,
    data: {},
    draft: true,
    depth: 0,
    overrideAccess: false,
    req,
  })
}

/**
 * A provider (or officer) confirms the published listing is still correct: its review date
 * becomes today and it is current again (back on the site if it had been withdrawn). Pending
 * drafts are left alone and nothing is re-moderated. Audited.
 */
export async function confirmStillCorrect(
  req: PayloadRequest,
  user: User,
  id: string,
  today: Date = toDay(),
) {
  requireRole(
    user,
    providersAndStaff,
    'Only providers and the Local Offer team can confirm listings.',
  )
  const live = await req.payload.findByID({
    collection: 'services',
    id,
    depth: 0,
    overrideAccess: false,
    req,
  })
  if (live._status !== 'published') {
    throw conflict(
      'Only a published listing can be confirmed. Submit your draft for review instead.',
    )
  }
  const settings = await loadReviewSettings(req.payload, req)
  const plan = reviewPlanOn(
    today,
    effectiveIntervalMonths(live, settings),
    settings.gracePeriodDays,
    today,
  )
  const lastReviewed = today.toISOString()
  // A family's open problem report keeps it due for review until an officer resolves the report.
  const reviewStatus = storedReviewStatus(
    plan.state,
    null,
    await hasOpenProblemReport(req.payload, live.id, req),
  )
  await writeLiveReviewFields(req.payload, live.id, { lastReviewed, reviewStatus }, req)
  await recordAudit(
    req.payload,
    {
      action: 'confirm',
      listing: live,
      actor: user,
      comment:
        live.reviewStatus === 'withdrawn'
          ? 'Confirmed still correct; back on the site'
          : 'Confirmed still correct',
      versionId: await latestVersionId(req.payload, live.id, req),
    },
    req,
  )
  // The site shows the last-checked date, and a withdrawn listing comes back.
  await requestSiteRebuild(req.payload, {
    reason: siteBuildStrings.confirmed(live.name || `#${live.id}`),
  }).catch((error: unknown) =>
    req.payload.logger.error(
      { err: error },
      'Could not ask for a site rebuild after a confirmation',
    ),
  )
  return { ...live, lastReviewed, reviewStatus }
}
