// Type-only imports: this module stays free of the database code, for src/instrumentation.ts.
import path from 'node:path'
import type { Payload } from 'payload'

import type { Environment } from '../../config/environment'

/** How the CMS rebuilds the public site after published content changes (docs/publishing.md). */
export interface SitePublishingSettings {
  /** Wait this long after the last change before building, so a burst makes one build. */
  debounceSeconds: number
  /** …but never make the first change of a burst wait longer than this. */
  maxWaitSeconds: number
  /** The shell command that publishes the site (builds, verifies, swaps `live`). */
  command: string
  /** The command is stopped and the build failed after this long. */
  timeoutMinutes: number
  /** Run the builds in this CMS process (off: builds are only recorded, e.g. on a second instance). */
  autoRun: boolean
  /** How often the runner looks for a build that is due. */
  pollSeconds: number
  /**
   * A running build's lease: its runner renews it (a heartbeat) several times within this many
   * seconds; a build whose lease has run out is taken over by another instance's runner.
   */
  leaseSeconds: number
  /** The CMS address the command builds from (CMS_URL for the command). */
  cmsUrl: string
  /**
   * A failed build is tried again by itself: after the first failure in a row once the first of
   * these many minutes have passed, after the second once the second have, and so on. When they
   * run out, the officers are e-mailed and the build waits for a person (SITE_BUILD_RETRY_MINUTES).
   */
  retryMinutes: readonly number[]
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min = 0) {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new Error(`${name} must be a whole number of ${min} or more, not "${value}"`)
  }
  return parsed
}

/** The waits before each automatic retry of a failed build, unless SITE_BUILD_RETRY_MINUTES says. */
export const DEFAULT_RETRY_MINUTES = [2, 10, 30] as const

/**
 * SITE_BUILD_RETRY_MINUTES: the minutes to wait before each retry, in order ("2,10,30"), or
 * "none" for no automatic retries.
 */
export function retryMinutesFrom(value: string | undefined): readonly number[] {
  if (value === undefined || value.trim() === '') return DEFAULT_RETRY_MINUTES
  if (value.trim().toLowerCase() === 'none') return []
  const minutes = value.split(',').map((part) => Number(part.trim()))
  if (minutes.some((m) => !Number.isInteger(m) || m < 1)) {
    throw new Error(
      `SITE_BUILD_RETRY_MINUTES must be whole numbers of minutes of 1 or more, separated by commas (such as "2,10,30"), or "none", not "${value}"`,
    )
  }
  return minutes
}

/**
 * The workspace's own publish command, run with the Node that runs the CMS. The CMS server runs
 * in the cms folder (`next start`), so the scripts package is beside it.
 */
export function defaultPublishCommand(cwd = process.cwd()): string {
  const launcher = path.resolve(cwd, '..', 'scripts', 'bin', 'publish-site.mjs')
  return `"${process.execPath}" "${launcher}"`
}

export function sitePublishingSettingsFromEnv(
  env: Environment = process.env,
): SitePublishingSettings {
  const debounceSeconds = wholeNumber(
    'SITE_REBUILD_DEBOUNCE_SECONDS',
    env.SITE_REBUILD_DEBOUNCE_SECONDS,
    30,
  )
  return {
    debounceSeconds,
    maxWaitSeconds: Math.max(
      debounceSeconds,
      wholeNumber('SITE_REBUILD_MAX_WAIT_SECONDS', env.SITE_REBUILD_MAX_WAIT_SECONDS, 300),
    ),
    command: env.SITE_PUBLISH_COMMAND?.trim() || defaultPublishCommand(),
    timeoutMinutes: wholeNumber(
      'SITE_PUBLISH_TIMEOUT_MINUTES',
      env.SITE_PUBLISH_TIMEOUT_MINUTES,
      30,
      1,
    ),
    autoRun: !['false', 'no', '0'].includes(env.SITE_REBUILD_AUTORUN?.trim().toLowerCase() ?? ''),
    pollSeconds: wholeNumber('SITE_REBUILD_POLL_SECONDS', env.SITE_REBUILD_POLL_SECONDS, 5, 1),
    leaseSeconds: wholeNumber('SITE_BUILD_LEASE_SECONDS', env.SITE_BUILD_LEASE_SECONDS, 120, 6),
    cmsUrl: env.CMS_URL?.trim() || `http://127.0.0.1:${env.PORT?.trim() || '3000'}`,
    retryMinutes: retryMinutesFrom(env.SITE_BUILD_RETRY_MINUTES),
  }
}

/** The settings this Payload was configured with (config.custom.sitePublishing). */
export function sitePublishingSettingsOf(payload: Payload): SitePublishingSettings {
  const settings = (
    payload.config.custom as { sitePublishing?: SitePublishingSettings } | undefined
  )?.sitePublishing
  return settings ?? sitePublishingSettingsFromEnv({})
}
