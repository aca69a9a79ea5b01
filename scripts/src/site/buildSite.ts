/**
 * Builds the public site from a running CMS into a folder, with its Pagefind index.
 * Astro 6 needs Node.js 22, which the site package installs from the npm registry
 * (site/node_modules/.bin/node), so the build runs with that on the PATH whatever runs this.
 */
import { INDEX_ONLY_FILE, indexSite as workspaceIndexSite } from '@local-offer/site/indexSite'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { listFiles } from '../publish/verifyRelease.js'
import { buildNodeOptions } from './buildNodeOptions.js'
import { run } from './childProcess.js'
import {
  contentCacheFor,
  isFilePath,
  pageFileFor,
  type SiteBuildManifest,
} from '@local-offer/shared/siteBuildManifest'

import { linkTree, putBackReusedPages, readBuildManifest } from './reusedPages.js'
import { siteDir as workspaceSiteDir } from './workspacePaths.js'

export interface BuildSiteOptions {
  cmsUrl: string
  /** Where the built site goes (it is replaced). */
  outDir: string
  /** The address the site will be published at (canonical and hreflang links, sitemap). */
  siteUrl: string
  /** Where browsers reach the CMS, for the comment form (default: cmsUrl). */
  cmsPublicUrl?: string
  log?: (line: string) => void
  /** Documents to leave out of this build, by collection: ids or slugs (SITE_HOLD_BACK). */
  holdBack?: Readonly<Record<string, readonly string[]>>
  /** The site package to build (default: the workspace's site/). */
  siteDir?: string
  /** Where the build writes its manifest (what the next build may reuse); none: not written. */
  manifestFile?: string
  /**
   * The release to reuse unchanged listings' pages from, with its manifest (incremental
   * publishing: docs/publishing.md). The build decides whether it can: it makes every page when
   * the site's code, settings, vocabularies or glossary changed.
   */
  previous?: { dir: string; manifestFile: string } | null
  /** Make every page even if a previous release could be reused. */
  full?: boolean
  /**
   * Leave the search index for later when the build is incremental: the previous release's
   * search index (and near-me search's places, which go with it) is linked into the build, and
   * what only the index needs of each page is moved to this file, outside the build, for the
   * index made afterwards (publish/searchIndexSwitch.ts). A full build always makes its index.
   */
  searchIndexLaterFile?: string
}

export interface BuildSiteReport {
  pages: number
  seconds: number
  /** The time Pagefind took (0 when the search index was left for later). */
  pagefindSeconds: number
  /**
   * `made`: the build has its own search index. `carried-over`: it has the previous release's
   * (searchIndexLaterFile), and its own is still to be made.
   */
  searchIndex: 'made' | 'carried-over'
  /** Incremental: listing pages were reused from the previous release. */
  mode: 'full' | 'incremental'
  /** Why every page was made, when a previous release was offered. */
  fullBecause?: string
  /** Listing pages made by Astro in this build, and pages put back from the previous release. */
  madeItemPages: number
  reusedPages: number
  /** The same for Open Referral records' own files (`openreferral/services/<id>.json`). */
  madeRecordFiles: number
  reusedRecordFiles: number
  /** The files put back from the previous release (`services/x/index.html`, records' files). */
  reusedPageFiles: string[]
}

function madeAndReused(
  manifest: SiteBuildManifest | null,
  reused: { pages: number; files: number },
): Pick<
  BuildSiteReport,
  'madeItemPages' | 'reusedPages' | 'madeRecordFiles' | 'reusedRecordFiles'
> {
  const items = Object.keys(manifest?.itemPages ?? {})
  const recordFiles = items.filter(isFilePath).length
  return {
    madeItemPages: items.length - recordFiles - reused.pages,
    reusedPages: reused.pages,
    madeRecordFiles: recordFiles - reused.files,
    reusedRecordFiles: reused.files,
  }
}

/** What the site's indexer (site/indexSite.mjs) writes. */
export const SEARCH_INDEX_DIRS = ['pagefind', 'search-places'] as const
const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json'

/**
 * Gives a build the previous release's search index (hard links: a release never changes a file
 * in place) and moves the file only the indexer reads out of it, to `indexOnlyFile`.
 */
async function carryOverSearchIndex(previousDir: string, outDir: string, indexOnlyFile: string) {
  await rename(path.join(outDir, INDEX_ONLY_FILE), indexOnlyFile)
  for (const dir of SEARCH_INDEX_DIRS) {
    if (existsSync(path.join(previousDir, dir))) {
      await linkTree(path.join(previousDir, dir), path.join(outDir, dir))
    }
  }
}

async function countPages(dir: string): Promise<number> {
  return [...(await listFiles(dir))].filter((file) => file.endsWith('.html')).length
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteReport> {
  const siteDir = options.siteDir ?? workspaceSiteDir
  const bin = path.join(siteDir, 'node_modules', '.bin')
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    CMS_URL: options.cmsUrl,
    CMS_PUBLIC_URL: options.cmsPublicUrl ?? options.cmsUrl,
    SITE_URL: options.siteUrl,
    SITE_OUT_DIR: options.outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_HOLD_BACK: options.holdBack ? JSON.stringify(options.holdBack) : '',
    SITE_BUILD_MANIFEST: options.manifestFile ?? '',
    SITE_PREVIOUS_BUILD_MANIFEST: options.previous?.manifestFile ?? '',
    // Reused pages are linked from it while the build makes the rest (the build's manifest says
    // so: reusedLinked); their images are put back after it.
    SITE_PREVIOUS_RELEASE_DIR: options.previous?.dir ?? '',
    // What the build read from the CMS, beside its manifest, and the previous build's.
    SITE_CONTENT_CACHE: options.manifestFile ? contentCacheFor(options.manifestFile) : '',
    SITE_PREVIOUS_CONTENT_CACHE: options.previous
      ? contentCacheFor(options.previous.manifestFile)
      : '',
    SITE_FULL_BUILD: options.full ? '1' : '',
    // A young generation the size a build's many short-lived pages need (buildNodeOptions.ts).
    NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS),
  }
  // A cache left by an earlier attempt at this build (one that held documents back) is not this
  // build's: the loader writes only the collections it may reuse next time.
  if (env.SITE_CONTENT_CACHE) await rm(env.SITE_CONTENT_CACHE, { recursive: true, force: true })
  const started = Date.now()
  await run(path.join(bin, 'astro'), ['build'], {
    cwd: siteDir,
    env,
    prefix: '[site] ',
    log: options.log,
  })
  const manifest = options.manifestFile ? await readBuildManifest(options.manifestFile) : null
  const reused =
    manifest && options.previous
      ? await putBackReusedPages(manifest, options.previous.dir, options.outDir)
      : { pages: 0, files: 0, assets: 0 }
  // An incremental build asked to leave its search index for later takes the previous release's.
  const carryOver =
    options.searchIndexLaterFile &&
    manifest?.mode === 'incremental' &&
    options.previous &&
    existsSync(path.join(options.previous.dir, PAGEFIND_ENTRY))
      ? { from: options.previous.dir, indexOnlyFile: options.searchIndexLaterFile }
      : null
  const indexStarted = Date.now()
  if (carryOver) {
    await carryOverSearchIndex(carryOver.from, options.outDir, carryOver.indexOnlyFile)
  } else {
    // The search index, with what only the index needs of each listing (site/indexSite.mjs): the
    // indexer of the site package built, so that a copy (--site-dir) is indexed as it would be.
    const indexSite = options.siteDir
      ? (
          (await import(pathToFileURL(path.join(siteDir, 'indexSite.mjs')).href)) as {
            indexSite: typeof workspaceIndexSite
          }
        ).indexSite
      : workspaceIndexSite
    await indexSite(options.outDir)
  }
  const finished = Date.now()
  return {
    pages: await countPages(options.outDir),
    seconds: (finished - started) / 1000,
    pagefindSeconds: carryOver ? 0 : (finished - indexStarted) / 1000,
    searchIndex: carryOver ? 'carried-over' : 'made',
    mode: manifest?.mode ?? 'full',
    ...(manifest?.fullBecause ? { fullBecause: manifest.fullBecause } : {}),
    ...madeAndReused(manifest, reused),
    reusedPageFiles: manifest?.mode === 'incremental' ? manifest.reused.map(pageFileFor) : [],
  }
}
