/**
 * What a site build records about itself for the next one (incremental publishing, issue 14
 * item 1): the fingerprint of everything every page is made from (the site's code, settings,
 * vocabularies, glossary…), and for each page that exists once per listing its own inputs'
 * fingerprint and the built files it uses. The site build writes it (site/src/incremental); the
 * publish command reads it to put the pages a build did not have to make back beside those it
 * made (scripts/src/site/reusedPages.ts). One schema for both sides.
 */
import { z } from 'zod'

export const SITE_BUILD_MANIFEST_VERSION = 1

export const itemPageRecordSchema = z.object({
  /** The fingerprint of the page's own inputs (its route's props: the listing as the site has it). */
  inputs: z.string(),
  /** Files under /_astro/ the page refers to (its images), to carry over with it. */
  assets: z.array(z.string()),
})

export type ItemPageRecord = z.infer<typeof itemPageRecordSchema>

export const siteBuildManifestSchema = z.object({
  version: z.literal(SITE_BUILD_MANIFEST_VERSION),
  /** The site's code and build settings (templates, styles, packages, SITE_URL…). */
  code: z.string(),
  /** What every page reads besides its own item: settings, vocabularies, localities, glossary. */
  siteInputs: z.string(),
  /** `full`: every page was made; `incremental`: the pages in `reused` were not. */
  mode: z.enum(['full', 'incremental']),
  /** Why the build was full (no previous build, code or settings changed, asked for). */
  fullBecause: z.string().optional(),
  /**
   * Pages and files made once per item, by path: a listing and its "Report a problem" page in
   * each language, and each Open Referral record's file.
   */
  itemPages: z.record(z.string(), itemPageRecordSchema),
  /** Item pages and files this build did not make: unchanged since the previous build, reused. */
  reused: z.array(z.string()),
  /**
   * The build linked the reused pages and files into its folder itself, while making the rest
   * (given the previous release's folder: SITE_PREVIOUS_RELEASE_DIR); their images are still to
   * be put back. Absent: the publish command puts back pages and images after the build.
   */
  reusedLinked: z.literal(true).optional(),
})

export type SiteBuildManifest = z.infer<typeof siteBuildManifestSchema>

/**
 * Whether an item's path names a file of its own (an Open Referral record,
 * `/openreferral/services/<id>.json`) rather than a page (`/pl/services/x/`).
 */
export function isFilePath(itemPath: string): boolean {
  return /\.[a-z0-9]+$/i.test(itemPath)
}

/**
 * The file an item's path is written to: a page's folder index (`/pl/services/x/` →
 * `pl/services/x/index.html`), or a file as named (`/openreferral/services/1.json` →
 * `openreferral/services/1.json`).
 */
export function pageFileFor(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+/, '')
  if (isFilePath(trimmed)) return trimmed
  return trimmed === '' ? 'index.html' : `${trimmed.replace(/\/*$/, '/')}index.html`
}

/**
 * The folder beside a build's manifest where the build keeps what it read from the CMS, for the
 * next build to ask only for what changed (`releases/<release>.manifest.json` →
 * `releases/<release>.content`; site/src/incremental/contentCache.ts).
 */
export function contentCacheFor(manifestFile: string): string {
  return manifestFile.replace(/\.manifest\.json$|$/, '.content')
}
