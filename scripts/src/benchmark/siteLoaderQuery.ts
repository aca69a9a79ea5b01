/**
 * Times the CMS REST list query the site's content loader makes at build time
 * (site/src/loader/cmsClient.ts through the shared client's `findAll`): published listings,
 * every locale, depth 2, in id order, 100 at a time, each page asking for the ids after the last
 * one read (keyset paging, no offset). The ids are read once first, so that pages spread over the
 * whole list can be asked for as the loader asks for them: warm-up requests, then `requests`
 * timed one after another.
 */
import { summariseTimings, type TimingSummary } from './stats.js'

export interface SiteLoaderQueryMeasurement extends TimingSummary {
  url: string
  totalDocs: number
}

/** The loader's page size (cmsClient's default). */
export const SITE_LOADER_PAGE_SIZE = 100

const PUBLISHED = { 'where[_status][equals]': 'published', draft: 'false' } as const

/** The page of listings after `afterId` (from the start when undefined), as the loader asks. */
export function siteLoaderPage(cmsUrl: string, afterId?: number | string): string {
  const params = new URLSearchParams({
    locale: 'all',
    depth: '2',
    sort: 'id',
    limit: String(SITE_LOADER_PAGE_SIZE),
    ...PUBLISHED,
    ...(afterId === undefined ? {} : { 'where[id][greater_than]': String(afterId) }),
  })
  return `${cmsUrl}/api/services?${params}`
}

async function getJson(url: string): Promise<{ ms: number; body: Record<string, unknown> }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = (await response.json()) as Record<string, unknown>
  const ms = performance.now() - started
  if (!response.ok || typeof body.totalDocs !== 'number' || !Array.isArray(body.docs)) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  }
  return { ms, body }
}

/** Where each page starts: the id before it (undefined for the first page). */
async function pageStarts(cmsUrl: string): Promise<Array<number | string | undefined>> {
  const params = new URLSearchParams({
    depth: '0',
    sort: 'id',
    pagination: 'false',
    'select[id]': 'true',
    ...PUBLISHED,
  })
  const { body } = await getJson(`${cmsUrl}/api/services?${params}`)
  const ids = (body.docs as Array<{ id: number | string }>).map((doc) => doc.id)
  const starts: Array<number | string | undefined> = [undefined]
  for (let index = SITE_LOADER_PAGE_SIZE; index < ids.length; index += SITE_LOADER_PAGE_SIZE) {
    starts.push(ids[index - 1])
  }
  return starts
}

export async function measureSiteLoaderQuery(
  cmsUrl: string,
  { warmUp = 5, requests = 50 } = {},
): Promise<SiteLoaderQueryMeasurement> {
  const first = await getJson(siteLoaderPage(cmsUrl))
  const totalDocs = first.body.totalDocs as number
  if (totalDocs === 0) throw new Error(`${siteLoaderPage(cmsUrl)} found no listings.`)
  const starts = await pageStarts(cmsUrl)
  const pageAt = (i: number) => starts[(i * 7) % starts.length]
  for (let i = 0; i < warmUp; i++) await getJson(siteLoaderPage(cmsUrl, pageAt(i)))
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    times.push((await getJson(siteLoaderPage(cmsUrl, pageAt(i)))).ms)
  }
  return {
    url: siteLoaderPage(cmsUrl, 'N').replace('greater_than%5D=N', 'greater_than%5D=<last id>'),
    totalDocs,
    ...summariseTimings(times),
  }
}
