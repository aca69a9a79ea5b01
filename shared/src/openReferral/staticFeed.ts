/**
 * The Open Referral UK feed as the static files a plain host serves under /openreferral/.
 * A static host cannot answer query strings, so each API address becomes a file; the host
 * rewrite rules that map the API's addresses onto them are in scripts/src/site/openReferralHost.ts
 * (and docs/open-referral.md):
 *
 *   GET /                     -> index.json (and index.html: the same JSON, for hosts without rules)
 *   GET /{endpoint}?page=n    -> {endpoint}/page/n.json   (PAGE_SIZE a page)
 *   GET /{endpoint}/{id}      -> {endpoint}/{id}.json
 *
 * for each endpoint in ENDPOINTS (services, service_at_locations, organizations, taxonomies,
 * taxonomy_terms).
 */
import { ENDPOINTS, paginate, type OpenReferralFeed } from './feed.js'

/** Where the feed lives on the site. */
export const FEED_FOLDER = 'openreferral'

/**
 * Whether a feed file (its path under the site) is one record's own file,
 * `openreferral/{endpoint}/{id}.json`, rather than the root or a page of an endpoint. A record's
 * file changes only when that record does, so an incremental build can reuse it.
 */
export function isFeedRecordFile(file: string): boolean {
  const parts = file.split('/')
  return (
    parts.length === 3 &&
    parts[0] === FEED_FOLDER &&
    (ENDPOINTS as readonly string[]).includes(parts[1] ?? '') &&
    /^[^/]+\.json$/.test(parts[2] ?? '')
  )
}

/** Every file of the feed by its path under the site (e.g. `openreferral/services/page/1.json`). */
export function feedFiles(feed: OpenReferralFeed): Map<string, unknown> {
  const files = new Map<string, unknown>([
    [`${FEED_FOLDER}/index.json`, feed.root],
    [`${FEED_FOLDER}/index.html`, feed.root],
  ])
  for (const endpoint of ENDPOINTS) {
    const { items, documents } = feed.endpoints[endpoint]
    for (const page of paginate(items)) {
      files.set(`${FEED_FOLDER}/${endpoint}/page/${page.page_number}.json`, page)
    }
    for (const document of documents) {
      files.set(`${FEED_FOLDER}/${endpoint}/${document.id}.json`, document)
    }
  }
  return files
}
