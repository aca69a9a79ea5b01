/**
 * Publishes the public site: checks the CMS, builds into a fresh release folder, verifies the
 * build, and only then switches `live` to it (atomically), keeping the previous release for a
 * rollback. Any failure leaves `live` as it was and removes the half-built release.
 * One publish at a time per releases folder (a lock file; a second one waits its turn).
 */
import { localeCodes } from '@local-offer/shared'
import type { HeldBackItem } from '@local-offer/shared/publishReport'
import { contentCacheFor } from '@local-offer/shared/siteBuildManifest'
import { rename, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'

import lockfile from 'proper-lockfile'

import { buildSite, type BuildSiteReport } from '../site/buildSite.js'
import { countPublishedListings } from './cmsListings.js'
import { failureReason } from './failureReason.js'
import {
  ensureReleasesDir,
  linkTarget,
  LIVE,
  manifestFileFor,
  partialDirFor,
  PREVIOUS,
  promoteRelease,
  pruneReleases,
  releaseNameFor,
  rollBack,
} from './releases.js'
import { indexOnlyFileFor, switchToNewSearchIndex } from './searchIndexSwitch.js'
import { holdBackSetting, keepPreviousPages, unusableDocumentsIn } from './holdBack.js'
import { VerificationError, verifyRelease, type VerifyReport } from './verifyRelease.js'

export interface PublishOptions {
  cmsUrl: string
  /** Where browsers reach the CMS (the comment form); default cmsUrl. */
  cmsPublicUrl?: string
  siteUrl: string
  releasesDir: string
  /** Finished releases kept besides live and previous (default 3). */
  keep?: number
  /** Progress lines ("1/6 Checking the CMS…"). */
  progress?: (line: string) => void
  /** The build's own output (astro, pagefind). */
  log?: (line: string) => void
  now?: () => Date
  /** Make every page, reusing nothing from the live release (`--full`). */
  full?: boolean
}

export type PublishResult =
  | {
      ok: true
      release: string
      previous: string | null
      pages: number
      listingPages: number
      /** From the start to the end of the whole publish, the second switch included. */
      seconds: number
      /** From the start until the new pages were live. */
      liveSeconds: number
      /**
       * An incremental publish's pages go live with the live release's search index; the new
       * index follows in a second switch (searchIndexSwitch.ts). Absent: the build made its own.
       */
      searchIndexUpdate?: { ok: boolean; seconds: number; reason?: string }
      mode: 'full' | 'incremental'
      fullBecause?: string
      madeItemPages: number
      reusedPages: number
      madeRecordFiles: number
      reusedRecordFiles: number
      /** Documents left out so the rest could go live (empty: none). */
      heldBack: HeldBackItem[]
    }
  | { ok: false; reason: string; seconds: number }

const LOCK_FILE = '.publish.lock'

/** The steps a publish reports ("1/6 Checking the CMS…"). */
const STEPS = 6

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
    const partialManifest = manifestFileFor(partialDir)
    const indexOnlyFile = indexOnlyFileFor(partialDir)
    try {
      progress(`1/${STEPS} Checking the CMS at ${options.cmsUrl}…`)
      const listingsBefore = await countPublishedListings(options.cmsUrl)
      progress(`    ${listingsBefore} published listings.`)

      const built = await buildHoldingBack(
        options,
        partialDir,
        indexOnlyFile,
        listingsBefore,
        progress,
      )
      const { verified, heldBack, build } = built
      progress(
        `    ${verified.pages} pages, ${verified.listingPages} listing pages, ${verified.linksChecked} links checked${verified.openReferralFiles ? `, ${verified.openReferralFiles} Open Referral files` : ''}.`,
      )
      for (const item of heldBack) {
        progress(
          `    Held back ${item.collection} ${item.slug ?? item.id}${item.keptPrevious ? ' (its previous page stays live)' : ''}: ${item.reason}`,
        )
      }

      const laterIndex = build.searchIndex === 'carried-over'
      progress(
        `4/${STEPS} Switching the live site to ${name}${laterIndex ? ' (with the search index of the release it replaces, until its own is made)' : ''}…`,
      )
      await rename(partialManifest, manifestFileFor(path.join(releasesDir, name)))
      await renameIfThere(
        contentCacheFor(partialManifest),
        contentCacheFor(manifestFileFor(path.join(releasesDir, name))),
      )
      await promoteRelease(releasesDir, name)
      const liveSeconds = seconds()
      progress(`    Live after ${liveSeconds.toFixed(1)} s.`)
      const previous = await linkTarget(releasesDir, PREVIOUS)

      let release = name
      let searchIndexUpdate: { ok: boolean; seconds: number; reason?: string } | undefined
      if (laterIndex) {
        progress(`5/${STEPS} Making the search index of the new pages, then switching to it…`)
        const switched = await switchToNewSearchIndex({
          releasesDir,
          release: name,
          indexOnlyFile,
          localeCodes,
          now,
        })
        if (switched.ok) {
          release = switched.release
          progress(
            `    ${release} is live, with its own search index, after ${seconds().toFixed(1)} s (the index took ${switched.seconds.toFixed(1)} s).`,
          )
        } else {
          progress(
            `    The search index was not updated: ${switched.reason} The new pages stay live with the earlier index; the next publish makes a new one.`,
          )
        }
        searchIndexUpdate = {
          ok: switched.ok,
          seconds: switched.seconds,
          ...(switched.ok ? {} : { reason: switched.reason }),
        }
      } else {
        progress(`5/${STEPS} The search index was made with the pages.`)
      }

      progress(`6/${STEPS} Removing old releases…`)
      const removed = await pruneReleases(releasesDir, options.keep ?? 3)
      progress(`    ${removed.length === 0 ? 'None to remove' : `Removed ${removed.join(', ')}`}.`)
      return {
        ok: true,
        release,
        previous,
        pages: verified.pages,
        listingPages: verified.listingPages,
        seconds: seconds(),
        liveSeconds,
        ...(searchIndexUpdate ? { searchIndexUpdate } : {}),
        mode: build.mode,
        ...(build.fullBecause ? { fullBecause: build.fullBecause } : {}),
        madeItemPages: build.madeItemPages,
        reusedPages: build.reusedPages,
        madeRecordFiles: build.madeRecordFiles,
        reusedRecordFiles: build.reusedRecordFiles,
        heldBack,
      }
    } catch (error) {
      await rm(partialDir, { recursive: true, force: true })
      await rm(partialManifest, { force: true })
      await rm(contentCacheFor(partialManifest), { recursive: true, force: true })
      await rm(indexOnlyFile, { force: true })
      return { ok: false, reason: failureReason(error), seconds: seconds() }
    }
  })
}

/** Builds tried at most: the first, and one more per round of documents held back. */
const MAX_BUILDS = 3

/**
 * Builds and verifies the site. A document whose own pages fail the checks (a broken link in a
 * listing's text, a missing image) or that the site cannot use (the loader refuses it) is held
 * back and the site built again without it, keeping the page the live release has for it if
 * there is one; whatever else fails (templates, settings, many documents at once) fails the
 * build, as before.
 */
async function buildHoldingBack(
  options: PublishOptions,
  partialDir: string,
  indexOnlyFile: string,
  listingsBefore: number,
  progress: (line: string) => void,
): Promise<{ verified: VerifyReport; heldBack: HeldBackItem[]; build: BuildSiteReport }> {
  const heldBack: HeldBackItem[] = []
  const liveDir = await liveReleaseDir(options.releasesDir)
  const previous = await reusableRelease(liveDir, options.full ?? false)
  for (let attempt = 1; ; attempt++) {
    await rm(partialDir, { recursive: true, force: true })
    progress(
      `2/${STEPS} Building the site into ${partialDir}${heldBack.length ? ` (holding back ${heldBack.length})` : ''}…`,
    )
    let build: BuildSiteReport
    try {
      build = await buildSite({
        cmsUrl: options.cmsUrl,
        cmsPublicUrl: options.cmsPublicUrl,
        outDir: partialDir,
        siteUrl: options.siteUrl,
        log: options.log ?? (() => undefined),
        holdBack: holdBackSetting(heldBack),
        manifestFile: manifestFileFor(partialDir),
        previous,
        full: options.full,
        // An incremental build's pages go live first, with the live release's search index.
        searchIndexLaterFile: indexOnlyFile,
      })
      progress(`    ${build.pages} pages in ${build.seconds.toFixed(1)} s.`)
      progress(
        build.mode === 'incremental'
          ? `    Incremental: ${build.madeItemPages} listing pages made, ${build.reusedPages} unchanged ones reused from ${path.basename(previous?.dir ?? '')}; ${build.madeRecordFiles} Open Referral record files made, ${build.reusedRecordFiles} reused.`
          : `    Every page made${build.fullBecause ? `: ${build.fullBecause}` : ''}.`,
      )
    } catch (error) {
      const unusable = unusableDocumentsIn(error instanceof Error ? error.message : String(error))
      if (
        attempt >= MAX_BUILDS ||
        unusable.length === 0 ||
        tooMany(unusable.length, listingsBefore)
      ) {
        throw error
      }
      for (const document of unusable) {
        heldBack.push({
          collection: document.collection,
          id: document.id,
          reason: `The site cannot show its content (${document.reason}). Correct it and publish again.`,
          keptPrevious: false,
        })
      }
      continue
    }

    // Keep the previous release's pages for what is held back, where it had them.
    for (const item of heldBack) {
      item.slug ??= await slugOf(options.cmsUrl, item)
      item.keptPrevious = item.slug
        ? await keepPreviousPages(
            liveDir,
            partialDir,
            { collection: item.collection, slug: item.slug },
            localeCodes,
            options.siteUrl,
          )
        : false
    }

    progress(`3/${STEPS} Verifying the build (pages, search index, links)…`)
    const listingsAfter = await countPublishedListings(options.cmsUrl)
    const heldListings = heldBack.filter((item) => item.collection === 'services')
    const missingListings = heldListings.filter((item) => !item.keptPrevious).length
    const verified = await verifyRelease(partialDir, {
      localeCodes,
      publishedListings: [listingsBefore, listingsAfter].map((n) => n - missingListings),
      siteUrl: options.siteUrl,
      perItem: attempt < MAX_BUILDS,
      absent: heldBack
        .filter((item) => !item.keptPrevious && item.slug)
        .map((item) => ({ collection: item.collection, slug: item.slug as string })),
      ...(build.mode === 'incremental' && previous
        ? { reused: { from: previous.dir, pages: new Set(build.reusedPageFiles) } }
        : {}),
    })
    if (verified.reusedReadBecause) {
      progress(`    ${verified.reusedReadBecause}: every page's links were checked.`)
    }
    if (verified.itemProblems.length === 0) return { verified, heldBack, build }
    if (tooMany(heldBack.length + verified.itemProblems.length, listingsBefore)) {
      throw new VerificationError(
        `The build failed its checks: ${verified.itemProblems.length} pages have broken links, too many to be one listing's mistake (is a template broken?), e.g. ${verified.itemProblems
          .slice(0, 3)
          .map((problem) => `${problem.item.collection}/${problem.item.slug}: ${problem.reason}`)
          .join('; ')}`,
      )
    }
    for (const problem of verified.itemProblems) {
      heldBack.push({
        collection: problem.item.collection,
        slug: problem.item.slug,
        reason: problem.reason,
        keptPrevious: false,
      })
    }
  }
}

/** More than this share of the listings at once is a site-wide fault, not bad content. */
const tooMany = (count: number, listings: number) => count > Math.max(3, listings / 4)

/**
 * The live release, if the next build may reuse its unchanged listing pages: it has the
 * manifest its build wrote (releases made before incremental publishing do not).
 */
async function reusableRelease(
  liveDir: string | null,
  full: boolean,
): Promise<{ dir: string; manifestFile: string } | null> {
  if (!liveDir || full) return null
  const manifestFile = manifestFileFor(liveDir)
  return existsSync(manifestFile) ? { dir: liveDir, manifestFile } : null
}

async function renameIfThere(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

async function liveReleaseDir(releasesDir: string): Promise<string | null> {
  const live = await linkTarget(releasesDir, LIVE)
  return live ? path.join(releasesDir, live) : null
}

/** The slug of a document held back by id, from the CMS (as the public sees it). */
async function slugOf(cmsUrl: string, item: HeldBackItem): Promise<string | undefined> {
  try {
    const response = await fetch(
      `${cmsUrl.replace(/\/+$/, '')}/api/${item.collection}/${encodeURIComponent(item.id ?? '')}?depth=0&draft=false`,
      { signal: AbortSignal.timeout(15_000) },
    )
    if (!response.ok) return undefined
    const body = (await response.json()) as { slug?: unknown }
    return typeof body.slug === 'string' ? body.slug : undefined
  } catch {
    return undefined
  }
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
