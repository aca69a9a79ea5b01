/**
 * The second switch of a publish whose pages went live with the live release's search index
 * (docs/publishing.md, "Pages first, then the search index"). Pagefind cannot add pages to an index
 * it wrote, so the index is made again for every page; at 10,000 listings that is a minute, which
 * families need not wait for to see a change. This makes the new index in a copy of the release
 * just made live, and switches `live` to that copy:
 *
 *   1. `.partial-<new>/`: every file of the live release as a hard link (the same files, nothing
 *      copied), except its carried-over `pagefind/` and `search-places/`;
 *   2. the site's indexer (site/indexSite.mjs) writes the new index and places there;
 *   3. the index is checked, the folder renamed to `<new>/`, and `live` switched to it with
 *      rename(2), as any publish; `previous` stays the release served before the publish, so a
 *      rollback goes back to what families saw before it, not to the same pages with the old index;
 *   4. the release it replaced is removed (its manifest and content cache go with the new one).
 *
 * If any step fails, the live release stays as it is (new pages, earlier index) and the half-made
 * copy is removed; the next publish makes a whole new index anyway.
 */
import { INDEX_ONLY_FILE, indexSite } from '@local-offer/site/indexSite'
import { contentCacheFor } from '@local-offer/shared/siteBuildManifest'
import { existsSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { SEARCH_INDEX_DIRS } from '../site/buildSite.js'
import { linkTree } from '../site/reusedPages.js'
import { failureReason } from './failureReason.js'
import {
  linkTarget,
  LIVE,
  manifestFileFor,
  partialDirFor,
  releaseNameAfter,
  replaceLiveRelease,
} from './releases.js'
import { verifySearchIndex } from './verifyRelease.js'

export interface SearchIndexSwitchOptions {
  releasesDir: string
  /** The live release, whose search index is the one before it. */
  release: string
  /** What only the index needs of each page, kept out of the release by its build. */
  indexOnlyFile: string
  localeCodes: readonly string[]
  now: () => Date
}

export type SearchIndexSwitchResult =
  { ok: true; release: string; seconds: number } | { ok: false; reason: string; seconds: number }

/** The file the build keeps beside a release in progress for its search index made afterwards. */
export const indexOnlyFileFor = (partialDir: string) => `${partialDir}.${INDEX_ONLY_FILE}`

export async function switchToNewSearchIndex(
  options: SearchIndexSwitchOptions,
): Promise<SearchIndexSwitchResult> {
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  const { releasesDir, release } = options
  const name = releaseNameAfter(options.now(), release)
  const partialDir = partialDirFor(releasesDir, name)
  const from = path.join(releasesDir, release)
  const to = path.join(releasesDir, name)
  const made: string[] = [partialDir]
  try {
    if ((await linkTarget(releasesDir, LIVE)) !== release) {
      throw new Error(`${release} is no longer the live release.`)
    }
    await linkTree(from, partialDir, SEARCH_INDEX_DIRS)
    // The indexer reads this from the folder it indexes, and deletes it.
    await rename(options.indexOnlyFile, path.join(partialDir, INDEX_ONLY_FILE))
    await indexSite(partialDir)
    await verifySearchIndex(partialDir, options.localeCodes)

    // The new release gets the manifest and content cache the next build reuses from.
    made.push(manifestFileFor(to), contentCacheFor(manifestFileFor(to)))
    if (existsSync(manifestFileFor(from))) {
      await copyFile(manifestFileFor(from), manifestFileFor(to))
    }
    if (existsSync(contentCacheFor(manifestFileFor(from)))) {
      await linkTree(contentCacheFor(manifestFileFor(from)), contentCacheFor(manifestFileFor(to)))
    }
    await rename(partialDir, to)
    made.push(to)
    await replaceLiveRelease(releasesDir, name)
  } catch (error) {
    for (const leftover of made) await rm(leftover, { recursive: true, force: true })
    await rm(options.indexOnlyFile, { force: true })
    return { ok: false, reason: failureReason(error), seconds: seconds() }
  }
  // Replaced: nothing links to it any more (a server still sending one of its files keeps it open).
  for (const leftover of [from, manifestFileFor(from), contentCacheFor(manifestFileFor(from))]) {
    await rm(leftover, { recursive: true, force: true })
  }
  return { ok: true, release: name, seconds: seconds() }
}
