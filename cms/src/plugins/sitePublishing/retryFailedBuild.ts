import type { Payload } from 'payload'

import type { SiteBuild } from '../../payload-types'
import { loadReviewSettings } from '../../review/reviewSettings'
import { adminUrlOf } from '../reviewReminders/adminUrl'
import { officerRecipients } from '../reviewReminders/reminderRecipients'
import { QUEUED_SLOT } from './buildStates'
import { findBuildInSlot } from './findBuildInSlot'
import { requestSiteRebuild } from './requestSiteRebuild'
import { sitePublishingSettingsOf } from './settings'
import { siteBuildStrings as s, type RetriesStopped } from './strings'

/**
 * How many of the newest finished builds failed, counting back to the last that published (at
 * most `upTo + 1`: enough to tell whether the retries have run out).
 */
export async function failuresInARow(payload: Payload, upTo: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { in: ['succeeded', 'failed'] } },
    sort: '-finishedAt',
    limit: upTo + 1,
    depth: 0,
    overrideAccess: true,
  })
  const published = docs.findIndex((build) => build.status === 'succeeded')
  return published === -1 ? docs.length : published
}

/** The configured waits, and how many builds have failed in a row (enough to compare with them). */
export async function failuresSoFar(payload: Payload) {
  const { retryMinutes } = sitePublishingSettingsOf(payload)
  return { retryMinutes, inARow: await failuresInARow(payload, retryMinutes.length) }
}

/** Where the automatic tries end: after this many failures in a row, with these waits configured. */
export const retriesStoppedAfter = (
  retryMinutes: readonly number[],
  inARow: number,
): RetriesStopped => ({ inARow, retriesOff: retryMinutes.length === 0 })

/** No more automatic tries: the officers are told once, by the runner that recorded the failure. */
async function stopRetrying(
  payload: Payload,
  build: SiteBuild,
  stopped: RetriesStopped,
): Promise<RetryOutcome> {
  await tellOfficersRetriesStopped(payload, build, stopped)
  return { kind: 'stopped', inARow: stopped.inARow }
}

/**
 * After a build was found interrupted (its CMS stopped; called once, by the runner that recorded
 * it): queues a build to start at once in its place, so its changes are published without anyone
 * asking again. A take-over counts as a retry: once as many builds in a row have failed as
 * SITE_BUILD_RETRY_MINUTES gives waits for (and always after the first), a build that keeps
 * killing its CMS is not taken over again, and the officers are e-mailed instead.
 */
export async function takeOverInterruptedBuild(
  payload: Payload,
  interrupted: SiteBuild,
  now: Date,
): Promise<RetryOutcome> {
  const { retryMinutes, inARow } = await failuresSoFar(payload)
  if (inARow > Math.max(1, retryMinutes.length))
    return stopRetrying(payload, interrupted, retriesStoppedAfter(retryMinutes, inARow))
  const build = await requestSiteRebuild(payload, {
    reason: s.takeOver(interrupted.id),
    immediate: true,
    now,
  })
  return { kind: 'queued', build, attempt: inARow, of: retryMinutes.length }
}

export type RetryOutcome =
  | { kind: 'queued'; build: SiteBuild; attempt: number; of: number }
  | { kind: 'already-waiting'; build: SiteBuild }
  | { kind: 'stopped'; inARow: number }

/**
 * After a build failed (called once, by the runner that recorded it): queues the next try after
 * the wait SITE_BUILD_RETRY_MINUTES gives for this many failures in a row. A build already waiting
 * (changes made since) is left as it is: it publishes everything when it runs, and is tried
 * again in turn if it fails too. When the waits have run out, the officers are e-mailed once and
 * nothing more is queued until someone publishes or presses "Rebuild the site now".
 */
export async function retryFailedBuild(
  payload: Payload,
  failed: SiteBuild,
  now: Date,
): Promise<RetryOutcome> {
  const waiting = await findBuildInSlot(payload, QUEUED_SLOT)
  if (waiting) return { kind: 'already-waiting', build: waiting }
  const { retryMinutes, inARow } = await failuresSoFar(payload)
  const minutes = retryMinutes[inARow - 1]
  if (minutes === undefined)
    return stopRetrying(payload, failed, retriesStoppedAfter(retryMinutes, inARow))
  const build = await requestSiteRebuild(payload, {
    reason: s.retry(failed.id, inARow, retryMinutes.length),
    delaySeconds: minutes * 60,
    now,
  })
  return { kind: 'queued', build, attempt: inARow, of: retryMinutes.length }
}

/** The e-mail when the automatic retries have run out; a failed send is logged, nothing more. */
async function tellOfficersRetriesStopped(
  payload: Payload,
  failed: SiteBuild,
  stopped: RetriesStopped,
): Promise<void> {
  try {
    const settings = await loadReviewSettings(payload)
    const to = await officerRecipients(payload, { responsibleOfficer: null }, settings)
    if (to.length === 0) return
    const buildUrl = adminUrlOf(payload, 'site-builds', failed.id)
    const email = s.retriesStoppedEmail(failed, stopped, buildUrl)
    await payload.sendEmail({ to, subject: email.subject, text: email.text })
  } catch (error) {
    payload.logger.error({ err: error }, `Could not e-mail that site build ${failed.id} failed`)
  }
}
