/**
 * Incremental publishing at size (issue 14 item 1): the site the benchmark has just built becomes
 * the live release, an officer changes one listing's summary and publishes it through the CMS's
 * REST API, and the publish command runs as the CMS runs it after the debounce: it checks the
 * CMS, builds what changed, puts the rest back from the live release, verifies and switches
 * `live`, then makes the new search index and switches to it. The target's time is from the
 * command's start to `live` pointing at the new pages; the whole publish is reported beside it.
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, symlink } from 'node:fs/promises'
import { loadavg } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { publishSite } from '../publish/publishSite.js'
import { contentCacheFor } from '@local-offer/shared/siteBuildManifest'

import { manifestFileFor, releaseNameFor } from '../publish/releases.js'

export interface IncrementalPublishMeasurement {
  /** The whole publish, its search index's second switch included. */
  seconds: number
  /**
   * Until the new pages were live (absent from reports before 6 Dec 2026, when the pages and the
   * search index went live together: `seconds` then).
   */
  liveSeconds?: number
  /** The second switch: the new search index made and live (absent: made with the pages). */
  searchIndexUpdate?: { ok: boolean; seconds: number; reason?: string }
  mode: 'full' | 'incremental'
  fullBecause?: string
  madeItemPages: number
  reusedPages: number
  /** Open Referral records' own files made and reused (absent from reports before 5 Dec 2026). */
  madeRecordFiles?: number
  reusedRecordFiles?: number
  pages: number
  /** The listing the officer changed. */
  listing: string
  loadAverage: { start: number[]; end: number[] }
}

/** The benchmark's officer (the seed's staff accounts, with the benchmark's password). */
const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'benchmark-only' }

async function cmsJson(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${url}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
    )
  return body
}

/** Changes one published listing's summary as an officer does, and publishes it. */
async function publishOneChange(cmsUrl: string): Promise<string> {
  const login = await cmsJson(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OFFICER),
  })
  const headers = {
    Authorization: `JWT ${String(login.token)}`,
    'Content-Type': 'application/json',
  }
  const list = await cmsJson(
    `${cmsUrl}/api/services?limit=1&depth=0&sort=id&where[_status][equals]=published&select[slug]=true&select[summary]=true`,
    { headers },
  )
  const [listing] = list.docs as Array<{ id: number | string; slug: string; summary: string }>
  if (!listing) throw new Error('The CMS has no published listing to change.')
  await cmsJson(`${cmsUrl}/api/services/${listing.id}?locale=en`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({
      summary: `${listing.summary.replace(/ \(checked [^)]*\)$/, '')} (checked ${new Date().toISOString().slice(0, 10)})`,
      _status: 'published',
    }),
  })
  return listing.slug
}

export async function measureIncrementalPublish(options: {
  cmsUrl: string
  siteUrl: string
  /** The site the benchmark built, with the manifest its build wrote. */
  builtSite: string
  manifestFile: string
  releasesDir: string
  log: (line: string) => void
}): Promise<IncrementalPublishMeasurement> {
  // The built site as the live release (hard links: the same files, no copy).
  await mkdir(options.releasesDir, { recursive: true })
  const name = releaseNameFor(new Date(Date.now() - 60_000))
  const release = path.join(options.releasesDir, name)
  await promisify(execFile)('cp', ['-al', options.builtSite, release])
  await copyFile(options.manifestFile, manifestFileFor(release))
  // And what that build read from the CMS, for the publish to ask only for what changed.
  await promisify(execFile)('cp', [
    '-al',
    contentCacheFor(options.manifestFile),
    contentCacheFor(manifestFileFor(release)),
  ])
  await symlink(name, path.join(options.releasesDir, 'live'), 'dir')

  const listing = await publishOneChange(options.cmsUrl)
  options.log(`  changed and published the listing ${listing}`)
  const start = loadavg()
  const result = await publishSite({
    cmsUrl: options.cmsUrl,
    siteUrl: options.siteUrl,
    releasesDir: options.releasesDir,
    progress: (line) => options.log(`  ${line}`),
  })
  if (!result.ok) throw new Error(`The incremental publish failed: ${result.reason}`)
  return {
    seconds: result.seconds,
    liveSeconds: result.liveSeconds,
    ...(result.searchIndexUpdate ? { searchIndexUpdate: result.searchIndexUpdate } : {}),
    mode: result.mode,
    ...(result.fullBecause ? { fullBecause: result.fullBecause } : {}),
    madeItemPages: result.madeItemPages,
    reusedPages: result.reusedPages,
    madeRecordFiles: result.madeRecordFiles,
    reusedRecordFiles: result.reusedRecordFiles,
    pages: result.pages,
    listing,
    loadAverage: { start, end: loadavg() },
  }
}
