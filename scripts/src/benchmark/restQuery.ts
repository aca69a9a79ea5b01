/**
 * Times the CMS REST list query a filtered listing search makes: warm-up requests first, then
 * `requests` timed one after another.
 */
import { summariseTimings, type TimingSummary } from './stats.js'

export interface RestQueryMeasurement extends TimingSummary {
  url: string
  totalDocs: number
}

/**
 * The fields a list of results shows (name, summary, category, ages, provider), which a client
 * asks for with `select` instead of whole listings.
 */
export const LIST_FIELDS = ['name', 'summary', 'slug', 'category', 'ageRange', 'organisation']

export function filteredListQuery(cmsUrl: string, { listFieldsOnly = false } = {}): string {
  const params = new URLSearchParams({
    'where[category][equals]': 'health',
    'where[ageRange.minimum][less_than_equal]': '8',
    'where[ageRange.maximum][greater_than_equal]': '8',
    'where[_status][equals]': 'published',
    sort: '-lastReviewed',
    limit: '20',
    depth: '1',
    locale: 'en',
  })
  if (listFieldsOnly) {
    for (const field of LIST_FIELDS) params.set(`select[${field}]`, 'true')
    params.set('populate[organisations][name]', 'true')
  }
  return `${cmsUrl}/api/services?${params}`
}

async function timedGet(url: string): Promise<{ ms: number; totalDocs: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = (await response.json()) as { totalDocs?: unknown }
  const ms = performance.now() - started
  if (!response.ok || typeof body.totalDocs !== 'number') {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  }
  return { ms, totalDocs: body.totalDocs }
}

export async function measureRestQuery(
  cmsUrl: string,
  { warmUp = 20, requests = 200, listFieldsOnly = false } = {},
): Promise<RestQueryMeasurement> {
  const url = filteredListQuery(cmsUrl, { listFieldsOnly })
  for (let i = 0; i < warmUp; i++) await timedGet(url)
  const times: number[] = []
  let totalDocs = 0
  for (let i = 0; i < requests; i++) {
    const result = await timedGet(url)
    times.push(result.ms)
    totalDocs = result.totalDocs
  }
  if (totalDocs === 0) throw new Error(`${url} found no listings: the query measures nothing.`)
  return { url, totalDocs, ...summariseTimings(times) }
}
