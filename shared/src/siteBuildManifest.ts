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
  /** Pages made once per item (a listing and its "Report a problem" page, in each language), by path. */
  itemPages: z.record(z.string(), itemPageRecordSchema),
  /** Item pages this build did not make: unchanged since the previous build, whose files it reuses. */
  reused: z.array(z.string()),
})

export type SiteBuildManifest = z.infer<typeof siteBuildManifestSchema>

/** The file a page's path is written to (`/pl/services/x/` → `pl/services/x/index.html`). */
export function pageFileFor(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+/, '')
  return trimmed === '' ? 'index.html' : `${trimmed.replace(/\/*$/, '/')}index.html`
}
