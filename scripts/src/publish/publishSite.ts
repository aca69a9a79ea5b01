/**
 * Publishes the public site: checks the CMS, builds into a fresh release folder, verifies the
 * build, and only then switches `live` to it (atomically), keeping the previous release for a
 * rollback. Any failure leaves `live` as it was and removes the half-built release.
 * One publish at a time per releases folder (a lock file; a second one waits its turn).
 */
import { localeCodes } from '@local-offer/shared'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import lockfile from 'proper-lockfile'

import { buildSite } from '../site/buildSite.js'
import { countPublishedListings } from './cmsListings.js'
import { failureReason } from './failureReason.js'
import {
  ensureReleasesDir,
  linkTarget,
  LIVE,
  partialDirFor,
  PREVIOUS,
  promoteRelease,
  pruneReleases,
  releaseNameFor,
  rollBack,
} from './releases.js'
import { verifyRelease } from './verifyRelease.js'

export interface PublishOptions {
  cmsUrl: string
  /** Where browsers reach the CMS (the comment form); default cmsUrl. */
  cmsPublicUrl?: string
  siteUrl: string
  releasesDir: string
  /** Finished releases kept besides live and previous (default 3). */
  keep?: number
  /** Progress lines ("1/5 Checking the CMS…"). */
  progress?: (line: string) => void
  /** The build's own output (astro, pagefind). */
  log?: (line: string) => void
  now?: () => Date
}

export type PublishResult =
  | {
      ok: true
      release: string
      previous: string | null
      pages: number
      listingPages: number
      seconds: number
    }
  | { ok: false; reason: string; seconds: number }

const LOCK_FILE = '.publish.lock'

/** Holds the releases folder's lock while `work` runs; waits (up to an hour) for another publish. */
async function withPublishLock<T>(
  releasesDir: string,
  progress: (line: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  await ensureReleasesDir(releasesDir)
  const options = {
    lockfilePath: path.join(releasesDir, LOCK_FILE),
    realpath: false,
    stale: 30_000,
  }
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(releasesDir, options)
  } catch {
    progress('Another publish is running on this releases folder; waiting for it to finish…')
    release = await lockfile.lock(releasesDir, {
      ...options,
      retries: { retries: 3600, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
    })
  }
  try {
    return await work()
  } finally {
    await release()
  }
}

export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const progress = options.progress ?? ((line) => console.log(line))
  const now = options.now ?? (() => new Date())
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  const { releasesDir } = options
  return withPublishLock(releasesDir, progress, async () => {
    const name = releaseNameFor(now())
    const partialDir = partialDirFor(releasesDir, name)
    try {
      progress(`1/5 Checking the CMS at ${options.cmsUrl}…`)
      const listingsBefore = await countPublishedListings(options.cmsUrl)
      progress(`    ${listingsBefore} published listings.`)

      progress(`2/5 Building the site and its search index into ${partialDir}…`)
      const build = await buildSite({
        cmsUrl: options.cmsUrl,
        cmsPublicUrl: options.cmsPublicUrl,
        outDir: partialDir,
        siteUrl: options.siteUrl,
        log: options.log ?? (() => undefined),
      })
      progress(`    ${build.pages} pages in ${build.seconds.toFixed(1)} s.`)

      progress('3/5 Verifying the build (pages, search index, links)…')
      const listingsAfter = await countPublishedListings(options.cmsUrl)
      const verified = await verifyRelease(partialDir, {
        localeCodes,
        publishedListings: [listingsBefore, listingsAfter],
        siteUrl: options.siteUrl,
      })
      progress(
        `    ${verified.pages} pages, ${verified.listingPages} listing pages, ${verified.linksChecked} links checked${verified.openReferralFiles ? `, ${verified.openReferralFiles} Open Referral files` : ''}.`,
      )

      progress(`4/5 Switching the live site to ${name}…`)
      await promoteRelease(releasesDir, name)
      const previous = await linkTarget(releasesDir, PREVIOUS)

      progress('5/5 Removing old releases…')
      const removed = await pruneReleases(releasesDir, options.keep ?? 3)
      progress(`    ${removed.length === 0 ? 'None to remove' : `Removed ${removed.join(', ')}`}.`)
      return {
        ok: true,
        release: name,
        previous,
        pages: verified.pages,
        listingPages: verified.listingPages,
        seconds: seconds(),
      }
    } catch (error) {
      await rm(partialDir, { recursive: true, force: true })
      return { ok: false, reason: failureReason(error), seconds: seconds() }
    }
  })
}

export interface RollbackOutcome {
  ok: boolean
  live?: string
  previous?: string
  reason?: string
}

/** Serves the previous release again (under the same lock as a publish). */
export async function rollBackSite(
  releasesDir: string,
  progress: (line: string) => void = (line) => console.log(line),
): Promise<RollbackOutcome> {
  return withPublishLock(releasesDir, progress, async () => {
    try {
      const before = await linkTarget(releasesDir, LIVE)
      progress(
        `Switching the live site from ${before ?? '(nothing)'} back to the previous release…`,
      )
      const result = await rollBack(releasesDir)
      return { ok: true, ...result }
    } catch (error) {
      return { ok: false, reason: failureReason(error) }
    }
  })
}
