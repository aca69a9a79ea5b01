import { reopensOn } from '@local-offer/shared'
import { addDays } from 'date-fns/addDays'
import type { Payload } from 'payload'

import { recordAudit, SCHEDULED_JOB_ACTOR } from '../../audit/recordAudit'
import { compareAndSet } from '../../db/compareAndSet'
import { reviewReminderEmail } from './email/reviewReminderTemplates'
import type { Organisation, Service } from '../../payload-types'
import { councilSignOff } from '../../email/councilSignOff'
import { adminUrlOfListing } from './adminUrl'
import { claimReminder, markReminder, reminderKey } from './reminderLog'
import { reminderRecipients } from './reminderRecipients'
import { listingsWithOpenProblemReports } from '../../review/openProblemReports'
import { loadReviewSettings } from '../../review/reviewSettings'
import {
  dayKey,
  effectiveIntervalMonths,
  reviewPlanOn,
  storedReviewStatus,
  toDay,
  type ReviewPlan,
  type ReviewSettingsValues,
} from '../../review/schedule'
import { writeLiveReviewFields } from '../../review/writeLiveReviewFields'
import { requestSiteRebuild } from '../sitePublishing/requestSiteRebuild'
import { siteBuildStrings } from '../sitePublishing/strings'

export interface ReviewRunReport {
  today: string
  listingsChecked: number
  statusChanges: number
  withdrawn: number
  /** Temporarily closed listings whose reopening day is today (the site must show them open). */
  reopened: number
  remindersSent: number
  remindersAlreadyHandled: number
  /** Keys of reminders whose email could not be sent this run; they are retried next run. */
  failures: { key: string; error: string }[]
}

export class ReviewRunError extends Error {
  constructor(readonly report: ReviewRunReport) {
    super(
      `${report.failures.length} review reminder(s) could not be sent and will be retried: ` +
        report.failures.map((f) => `${f.key} (${f.error})`).join('; '),
    )
    this.name = 'ReviewRunError'
  }
}

type LiveListing = Pick<
  Service,
  | 'id'
  | 'name'
  | 'organisation'
  | 'category'
  | 'lastReviewed'
  | 'reviewIntervalMonths'
  | 'reviewStatus'
  | 'responsibleOfficer'
  | 'temporaryClosure'
>

/**
 * The daily review run, for `today` (default: now). For every published listing it stores the
 * review state the site reads, withdraws listings past the grace period (audited), and sends the
 * reminder whose window today falls in, at most once per listing, due date and kind.
 * Safe to run again the same day and after a crash. Throws ReviewRunError at the end if any email
 * failed, after trying all the others, so the job is marked failed and retried.
 */
export async function runReviewReminders(
  payload: Payload,
  options: { today?: string | Date } = {},
): Promise<ReviewRunReport> {
  const today = toDay(options.today)
  const settings = await loadReviewSettings(payload)
  const report: ReviewRunReport = {
    today: dayKey(today),
    listingsChecked: 0,
    statusChanges: 0,
    withdrawn: 0,
    reopened: 0,
    remindersSent: 0,
    remindersAlreadyHandled: 0,
    failures: [],
  }
  const live = await payload.find({
    collection: 'services',
    where: { _status: { equals: 'published' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'id',
  })
  const reported = await listingsWithOpenProblemReports(payload)
  for (const listing of live.docs) {
    report.listingsChecked++
    if (reopensOn(listing.temporaryClosure, today)) report.reopened++
    const plan = reviewPlanOn(
      listing.lastReviewed,
      effectiveIntervalMonths(listing, settings),
      settings.gracePeriodDays,
      today,
    )
    if (plan.withdraw) {
      if (
        listing.reviewStatus !== 'withdrawn' &&
        (await withdraw(payload, listing, plan, settings))
      )
        report.withdrawn++
      continue
    }
    const status = storedReviewStatus(
      plan.state,
      listing.reviewStatus,
      reported.has(String(listing.id)),
    )
    if (status !== listing.reviewStatus) {
      await writeLiveReviewFields(payload, listing.id, { reviewStatus: status })
      report.statusChanges++
    }
    if (status === 'withdrawn' || !plan.reminder) continue
    await sendReminder(payload, listing, plan, settings, report)
  }
  if (report.withdrawn + report.statusChanges + report.reopened > 0) {
    // The site shows review states (the out-of-date notice), leaves withdrawn listings out, and
    // shows a temporary closure until its reopening day.
    const reasons = [
      ...(report.withdrawn + report.statusChanges > 0
        ? [siteBuildStrings.reviewJob(report.withdrawn, report.statusChanges)]
        : []),
      ...(report.reopened > 0 ? [siteBuildStrings.reopened(report.reopened)] : []),
    ]
    await requestSiteRebuild(payload, { reason: reasons.join('; ') }).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'Could not ask for a site rebuild after the review job'),
    )
  }
  if (report.failures.length > 0) throw new ReviewRunError(report)
  return report
}

async function withdraw(
  payload: Payload,
  listing: LiveListing,
  plan: ReviewPlan,
  settings: ReviewSettingsValues,
): Promise<boolean> {
  // Withdrawn and audited once, even if two runs reach this listing at the same moment.
  const withdrawn = await compareAndSet<Service>(
    payload,
    'services',
    {
      and: [
        { id: { equals: listing.id } },
        { lastReviewed: { equals: listing.lastReviewed } },
        { reviewStatus: { not_equals: 'withdrawn' } },
      ],
    },
    { reviewStatus: 'withdrawn' },
  )
  if (!withdrawn) return false
  await recordAudit(payload, {
    action: 'withdraw',
    listing,
    actorLabel: SCHEDULED_JOB_ACTOR,
    comment: `Withdrawn from the site: its review was due on ${dayKey(plan.dueDate)} and nobody confirmed or updated it within ${settings.gracePeriodDays} days.`,
  })
  return true
}

async function sendReminder(
  payload: Payload,
  listing: LiveListing,
  plan: ReviewPlan,
  settings: ReviewSettingsValues,
  report: ReviewRunReport,
): Promise<void> {
  const kind = plan.reminder
  if (!kind) return
  const key = reminderKey(listing.id, plan.dueDate, kind)
  const claim = await claimReminder(payload, {
    key,
    listingId: listing.id,
    kind,
    dueDate: plan.dueDate,
  })
  if (claim.outcome !== 'claimed') {
    report.remindersAlreadyHandled++
    return
  }
  try {
    const recipients = await reminderRecipients(payload, kind, listing, settings)
    if (recipients.length === 0) {
      await markReminder(payload, claim.reminder, { state: 'no-recipients' })
      payload.logger.warn(`Review reminder ${key}: nobody to send it to`)
      return
    }
    const organisation = await organisationName(payload, listing.organisation)
    const email = reviewReminderEmail(kind, {
      listingName: listing.name ?? `Listing ${listing.id}`,
      organisationName: organisation,
      dueDate: plan.dueDate,
      withdrawalDate: addDays(plan.dueDate, settings.gracePeriodDays),
      adminUrl: adminUrlOfListing(payload, listing.id),
      signOff: await councilSignOff(payload),
    })
    await payload.sendEmail({ to: recipients, subject: email.subject, text: email.text })
    await markReminder(payload, claim.reminder, {
      state: 'sent',
      recipients: recipients.join(', '),
    })
    report.remindersSent++
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    report.failures.push({ key, error: message })
    await markReminder(payload, claim.reminder, { state: 'failed', lastError: message })
  }
}

async function organisationName(
  payload: Payload,
  organisation: Service['organisation'],
): Promise<string> {
  if (typeof organisation === 'object') return organisation.name
  const found = (await payload.findByID({
    collection: 'organisations',
    id: organisation,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Organisation | null
  return found?.name ?? 'your organisation'
}
