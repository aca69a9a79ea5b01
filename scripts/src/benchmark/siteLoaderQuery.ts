/**
 * Times the CMS REST list query the site's content loader makes at build time
 * (site/src/loader/cmsClient.ts): published listings, every locale, depth 2, in id order, pages
 * of 100. Warm-up requests first, then `requests` timed one after another over every page.
 */
import { summariseTimings, type TimingSummary } from './stats.js'

export interface SiteLoaderQueryMeasurement extends TimingSummary {
  url: string
  totalDocs: number
}

/** The loader's page size (cmsClient's default). */
export const SITE_LOADER_PAGE_SIZE = 100

export function siteLoaderPage(cmsUrl: string, page: number): string {
  const params = new URLSearchParams({
    locale: 'all',
    depth: '2',
    sort: 'id',
    limit: String(SITE_LOADER_PAGE_SIZE),
    page: String(page),
    'where[_status][equals]': 'published',
    draft: 'false',
  })
  return `${cmsUrl}/api/services?${params}`
}

async function timedPage(url: string): Promise<{ ms: number; totalDocs: number; pages: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = (await response.json()) as { totalDocs?: unknown; totalPages?: unknown }
  const ms = performance.now() - started
  if (!response.ok || typeof body.totalDocs !== 'number' || typeof body.totalPages !== 'number') {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  }
  return { ms, totalDocs: body.totalDocs, pages: body.totalPages }
}

export async function measureSiteLoaderQuery(
  cmsUrl: string,
  { warmUp = 5, requests = 50 } = {},
): Promise<SiteLoaderQueryMeasurement> {
  const first = await timedPage(siteLoaderPage(cmsUrl, 1))
  if (first.totalDocs === 0) throw new Error(`${siteLoaderPage(cmsUrl, 1)} found no listings.`)
  const pageAt = (i: number) => ((i * 7) % first.pages) + 1
  for (let i = 0; i < warmUp; i++) await timedPage(siteLoaderPage(cmsUrl, pageAt(i)))
  const times: number[] = []
  for (let i = 0; i < requests; i++)
    times.push((await timedPage(siteLoaderPage(cmsUrl, pageAt(i)))).ms)
  return {
    url: siteLoaderPage(cmsUrl, 1).replace('page=1', 'page=N'),
    totalDocs: first.totalDocs,
    ...summariseTimings(times),
  }
}
