import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

import { subSeconds } from 'date-fns/subSeconds'
import type { Payload } from 'payload'

import { sitePublishingSettingsOf } from './settings'
import { compareAndSet } from '../../db/compareAndSet'
import { isUniqueViolation } from '../../db/isUniqueViolation'
import type { SiteBuild } from '../../payload-types'
import { doneSlot, QUEUED_SLOT, RUNNING_SLOT } from './buildStates'
import { findBuildInSlot } from './findBuildInSlot'
import { notifyHeldBack, resolveHeldBack } from './heldBack'
import { retryFailedBuild, takeOverInterruptedBuild, type RetryOutcome } from './retryFailedBuild'
import { runPublishCommand, type PublishCommandOutcome } from './runPublishCommand'
import { siteBuildStrings as s } from './strings'

/**
 * The default lease (SITE_BUILD_LEASE_SECONDS): a running build whose runner has not renewed it
 * for this long is taken as interrupted. The runner renews it six times per lease, so a busy
 * database or a slow tick does not lose it.
 */
export const HEARTBEAT_STALE_SECONDS = 120
const RENEWALS_PER_LEASE = 6

/** Names this runner in the builds it claims: host, process and a random instance id. */
export const newRunnerId = () => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`

function runnerIsGone(
  runner: string | null | undefined,
  now: Date,
  heartbeatAt: string | null | undefined,
  leaseSeconds: number,
) {
  if (!heartbeatAt || new Date(heartbeatAt) < subSeconds(now, leaseSeconds)) return true
  const [host, pid] = (runner ?? '').split(':')
  if (host !== hostname() || !pid) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

const finish = (
  payload: Payload,
  build: SiteBuild,
  runner: string | null | undefined,
  data: Record<string, unknown>,
) =>
  compareAndSet<SiteBuild>(
    payload,
    'site-builds',
    {
      and: [
        { id: { equals: build.id } },
        { slot: { equals: RUNNING_SLOT } },
        ...(runner ? [{ runner: { equals: runner } }] : []),
      ],
    },
    { ...data, slot: doneSlot(build.id) },
  )

/**
 * A build left "running" by a CMS that stopped (restarted, crashed, killed) is marked failed, and
 * a build is queued to start at once in its place, so whichever instance looks next takes the
 * work over (its changes were never published). Its runner is known to be gone when its process
 * no longer exists on this host, or when its lease (the heartbeat) has run out. Only one instance
 * can do this: the compare-and-set on the running slot lets one win. A take-over is an automatic
 * retry, so it stops with them (takeOverInterruptedBuild).
 */
export async function failInterruptedBuild(
  payload: Payload,
  now: Date = new Date(),
): Promise<SiteBuild | null> {
  const { leaseSeconds } = sitePublishingSettingsOf(payload)
  const running = await findBuildInSlot(payload, RUNNING_SLOT)
  if (!running || !runnerIsGone(running.runner, now, running.heartbeatAt, leaseSeconds)) return null
  const failed = await finish(payload, running, running.runner, {
    status: 'failed',
    finishedAt: now.toISOString(),
    failureReason: s.interrupted,
  })
  if (failed) logRetry(payload, await takeOverInterruptedBuild(payload, failed, now))
  return failed
}

/** Claims the waiting build if it is due and no build is running; null if there is nothing to do. */
async function claimDueBuild(payload: Payload, runner: string, now: Date) {
  const running = await payload.count({
    collection: 'site-builds',
    where: { slot: { equals: RUNNING_SLOT } },
    overrideAccess: true,
  })
  if (running.totalDocs > 0) return null
  const due = await findBuildInSlot(payload, QUEUED_SLOT, {
    startAfter: { less_than_equal: now.toISOString() },
  })
  if (!due) return null
  try {
    // Still waiting and still due (a new request may have pushed it back): only then it is ours.
    // The unique slot refuses it while another build is running.
    return await compareAndSet<SiteBuild>(
      payload,
      'site-builds',
      {
        and: [
          { id: { equals: due.id } },
          { slot: { equals: QUEUED_SLOT } },
          { startAfter: { less_than_equal: now.toISOString() } },
        ],
      },
      {
        slot: RUNNING_SLOT,
        status: 'running',
        runner,
        startedAt: now.toISOString(),
        heartbeatAt: now.toISOString(),
      },
    )
  } catch (error) {
    if (isUniqueViolation(error, 'slot')) return null
    throw error
  }
}

export interface RunDueBuildOptions {
  runner?: string
  now?: Date
  /** Runs the publish command (tests may replace it). */
  publish?: (build: SiteBuild) => Promise<PublishCommandOutcome>
}

/**
 * One turn of the runner: fails an interrupted build, then runs the waiting build if it is due
 * and nothing else is running. Returns the finished build, or null if nothing ran.
 */
export async function runDueSiteBuild(
  payload: Payload,
  options: RunDueBuildOptions = {},
): Promise<SiteBuild | null> {
  const settings = sitePublishingSettingsOf(payload)
  const runner = options.runner ?? newRunnerId()
  const now = options.now ?? new Date()
  await failInterruptedBuild(payload, now)
  const build = await claimDueBuild(payload, runner, now)
  if (!build) return null
  payload.logger.info(`Site build ${build.id} started: ${build.trigger}`)
  const heartbeat = setInterval(
    () => {
      void compareAndSet(
        payload,
        'site-builds',
        {
          and: [
            { id: { equals: build.id } },
            { slot: { equals: RUNNING_SLOT } },
            { runner: { equals: runner } },
          ],
        },
        { heartbeatAt: new Date().toISOString() },
      ).catch((error: unknown) =>
        payload.logger.error({ err: error }, 'Site build heartbeat failed'),
      )
    },
    (settings.leaseSeconds * 1000) / RENEWALS_PER_LEASE,
  )
  let outcome: PublishCommandOutcome
  try {
    outcome = await (
      options.publish ??
      (() =>
        runPublishCommand({
          command: settings.command,
          env: { CMS_URL: settings.cmsUrl },
          timeoutMs: settings.timeoutMinutes * 60_000,
          log: (line) => payload.logger.info(`[publish] ${line}`),
        }))
    )(build)
  } catch (error) {
    outcome = {
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
      logTail: '',
    }
  } finally {
    clearInterval(heartbeat)
  }
  const heldBack = outcome.ok ? await resolveHeldBack(payload, outcome.heldBack ?? []) : []
  const finished = await finish(payload, build, runner, {
    status: outcome.ok ? 'succeeded' : 'failed',
    finishedAt: new Date().toISOString(),
    pages: outcome.pages ?? null,
    release: outcome.release ?? null,
    failureReason: outcome.ok ? null : (outcome.reason ?? s.unknownFailure),
    logTail: outcome.logTail.slice(-20_000) || null,
    heldBack: heldBack.length > 0 ? heldBack : null,
  })
  // Only the runner whose result was recorded tells people or tries again, so once per build.
  if (finished && heldBack.length > 0) await notifyHeldBack(payload, finished, heldBack)
  if (outcome.ok) payload.logger.info(`Site build ${build.id} published ${outcome.release ?? ''}`)
  else {
    payload.logger.error(`Site build ${build.id} failed: ${outcome.reason}`)
    if (finished)
      logRetry(payload, await retryFailedBuild(payload, finished, options.now ?? new Date()))
  }
  return finished
}

function logRetry(payload: Payload, retry: RetryOutcome) {
  if (retry.kind === 'queued')
    payload.logger.info(
      `Site build ${retry.build.id} queued to try again after ${retry.build.startAfter} (retry ${retry.attempt} of ${retry.of})`,
    )
  else if (retry.kind === 'stopped')
    payload.logger.error(
      `${retry.inARow} site builds in a row failed: not trying again until someone publishes or rebuilds`,
    )
}

export interface SiteBuildRunner {
  stop: () => Promise<void>
}

/**
 * Runs due builds in this process, one at a time, checking every pollSeconds. Started by the
 * CMS server (src/instrumentation.ts) unless SITE_REBUILD_AUTORUN=false.
 */
export function startSiteBuildRunner(payload: Payload): SiteBuildRunner {
  const settings = sitePublishingSettingsOf(payload)
  const runner = newRunnerId()
  let current: Promise<unknown> = Promise.resolve()
  let busy = false
  let stopped = false
  const tick = () => {
    if (busy || stopped) return
    busy = true
    current = runDueSiteBuild(payload, { runner })
      .catch((error: unknown) => payload.logger.error({ err: error }, 'Site build runner failed'))
      .finally(() => {
        busy = false
      })
  }
  const timer = setInterval(tick, settings.pollSeconds * 1000)
  timer.unref()
  tick()
  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await current
    },
  }
}
