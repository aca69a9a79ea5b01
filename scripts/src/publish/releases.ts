/**
 * The releases folder: each build goes into its own folder; `live` is a symbolic link to the
 * release being served and `previous` to the one served before it (for an instant rollback).
 *
 *   releases/
 *     20261125-105600-123/   a complete, verified build
 *     20261125-111502-456/
 *     live -> 20261125-111502-456
 *     previous -> 20261125-105600-123
 *     .partial-20261125-112000-789/   a build in progress (removed if it fails)
 *
 * Links are switched with rename(2) over the old link, which is atomic: a reader (a web server
 * resolving `live` per request) sees the old release or the new one, never neither.
 * Links are relative, so the whole folder can be moved or copied as it is.
 */
import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

export const LIVE = 'live'
export const PREVIOUS = 'previous'
const PARTIAL_PREFIX = '.partial-'
const RELEASE_NAME = /^\d{8}-\d{6}-\d{3}$/

/** A release name from a time: sortable, e.g. 20261125-105600-123 (UTC). */
export function releaseNameFor(time: Date): string {
  const iso = time.toISOString() // 2026-11-25T10:56:00.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`
}

export const isReleaseName = (name: string) => RELEASE_NAME.test(name)

/** The folder a release is built in until it is verified. */
export const partialDirFor = (releasesDir: string, name: string) =>
  path.join(releasesDir, `${PARTIAL_PREFIX}${name}`)

/**
 * The record a release's build wrote for the next build (incremental publishing): beside the
 * release's folder, not in it, so it is never published. `.partial-<name>.manifest.json` while
 * the build is in progress.
 */
const MANIFEST_SUFFIX = '.manifest.json'
export const manifestFileFor = (releaseDir: string) => `${releaseDir}${MANIFEST_SUFFIX}`

/** Beside it, what the build read from the CMS (contentCacheFor in the shared package). */
const CONTENT_CACHE_SUFFIX = '.content'

/** The release a link points at (its folder name), or null if there is no such link. */
export async function linkTarget(releasesDir: string, link: string): Promise<string | null> {
  try {
    return path.basename(await readlink(path.join(releasesDir, link)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    if ((error as NodeJS.ErrnoException).code === 'EINVAL') {
      throw new Error(
        `${path.join(releasesDir, link)} is not a symbolic link. Move it away: the publish command manages this name.`,
      )
    }
    throw error
  }
}

/** Points `link` at `release` atomically: a new link beside it, renamed over the old one. */
async function pointLink(releasesDir: string, link: string, release: string): Promise<void> {
  const temporary = path.join(
    releasesDir,
    `.${link}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  )
  await symlink(release, temporary, 'dir')
  try {
    await rename(temporary, path.join(releasesDir, link))
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Finished releases, newest first. */
export async function listReleases(releasesDir: string): Promise<string[]> {
  const entries = await readdir(releasesDir, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory() && isReleaseName(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse()
}

/** Makes the releases folder if needed. */
export async function ensureReleasesDir(releasesDir: string): Promise<void> {
  await mkdir(releasesDir, { recursive: true })
}

/**
 * Moves a verified build from its partial folder to its release folder, then makes it live; the
 * release that was live becomes `previous`.
 */
export async function promoteRelease(releasesDir: string, name: string): Promise<void> {
  await rename(partialDirFor(releasesDir, name), path.join(releasesDir, name))
  await activateRelease(releasesDir, name)
}

/** Makes `name` live; the release that was live becomes `previous`. */
export async function activateRelease(releasesDir: string, name: string): Promise<void> {
  const wasLive = await linkTarget(releasesDir, LIVE)
  await pointLink(releasesDir, LIVE, name)
  if (wasLive && wasLive !== name) await pointLink(releasesDir, PREVIOUS, wasLive)
}

/**
 * Serves `name` in place of the live release, which it replaces (the same content with something
 * made afterwards, such as its search index): `previous` is left as it is, so a rollback still
 * goes back to the release served before.
 */
export async function replaceLiveRelease(releasesDir: string, name: string): Promise<void> {
  await pointLink(releasesDir, LIVE, name)
}

/** A release name for `time`, later than `after` (two names in the same millisecond). */
export function releaseNameAfter(time: Date, after: string): string {
  let name = releaseNameFor(time)
  for (let ms = time.getTime() + 1; name <= after; ms++) name = releaseNameFor(new Date(ms))
  return name
}

export interface RollbackResult {
  live: string
  previous: string
}

/** Serves the previous release again; the one that was live becomes `previous` (so a second rollback undoes the first). */
export async function rollBack(releasesDir: string): Promise<RollbackResult> {
  const live = await linkTarget(releasesDir, LIVE)
  const previous = await linkTarget(releasesDir, PREVIOUS)
  if (!previous || !(await listReleases(releasesDir)).includes(previous)) {
    throw new Error(
      `There is no previous release in ${releasesDir} to go back to: nothing was changed.`,
    )
  }
  await pointLink(releasesDir, LIVE, previous)
  if (live) await pointLink(releasesDir, PREVIOUS, live)
  return { live: previous, previous: live ?? previous }
}

/**
 * Deletes releases beyond the newest `keep`, never the live or previous one, and any partial
 * folder or stray temporary link left by a publish that was killed (call it holding the lock).
 */
export async function pruneReleases(releasesDir: string, keep: number): Promise<string[]> {
  const protectedNames = new Set(
    [await linkTarget(releasesDir, LIVE), await linkTarget(releasesDir, PREVIOUS)].filter(
      (name): name is string => name !== null,
    ),
  )
  const releases = await listReleases(releasesDir)
  const doomed = releases.slice(keep).filter((name) => !protectedNames.has(name))
  const leftovers = (await readdir(releasesDir)).filter(
    (name) =>
      name.startsWith(PARTIAL_PREFIX) ||
      name.startsWith(`.${LIVE}-`) ||
      name.startsWith(`.${PREVIOUS}-`),
  )
  for (const name of [...doomed, ...leftovers]) {
    await rm(path.join(releasesDir, name), { recursive: true, force: true })
  }
  // The records and content caches of removed releases (a partial build's went with the
  // leftovers above).
  const releasesNow = new Set(await listReleases(releasesDir))
  for (const name of await readdir(releasesDir)) {
    const suffix = [MANIFEST_SUFFIX, CONTENT_CACHE_SUFFIX].find((end) => name.endsWith(end))
    const release = suffix ? name.slice(0, -suffix.length) : null
    if (release && isReleaseName(release) && !releasesNow.has(release)) {
      await rm(path.join(releasesDir, name), { recursive: true, force: true })
    }
  }
  return doomed
}
