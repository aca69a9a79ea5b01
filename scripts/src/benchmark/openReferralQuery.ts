/**
 * Times the live Open Referral API's service pages (`/api/openreferral/services?page=N&per_page=50`,
 * issue 13: p95 ≤ 50 ms at 10,000 listings on PostgreSQL): warm-up requests first, then
 * `requests` timed one after another, walking through the pages so that the first, middle and
 * last are all asked for.
 */
import { summariseTimings, type TimingSummary } from './stats.js'

export interface OpenReferralQueryMeasurement extends TimingSummary {
  url: string
  totalItems: number
}

export const OPEN_REFERRAL_PER_PAGE = 50

export function openReferralServicesPage(cmsUrl: string, page: number): string {
  return `${cmsUrl}/api/openreferral/services?page=${page}&per_page=${OPEN_REFERRAL_PER_PAGE}`
}

async function timedPage(
  url: string,
): Promise<{ ms: number; totalItems: number; totalPages: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = (await response.json()) as { total_items?: unknown; total_pages?: unknown }
  const ms = performance.now() - started
  if (
    !response.ok ||
    typeof body.total_items !== 'number' ||
    typeof body.total_pages !== 'number'
  ) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  }
  return { ms, totalItems: body.total_items, totalPages: body.total_pages }
}

export async function measureOpenReferralServices(
  cmsUrl: string,
  { warmUp = 20, requests = 200 } = {},
): Promise<OpenReferralQueryMeasurement> {
  const first = await timedPage(openReferralServicesPage(cmsUrl, 1))
  if (first.totalItems === 0) {
    throw new Error(`${cmsUrl}/api/openreferral/services has no services: it measures nothing.`)
  }
  // Pages spread over the whole list (a prime step visits them in a mixed order).
  const pageAt = (i: number) => ((i * 7) % first.totalPages) + 1
  for (let i = 0; i < warmUp; i++) await timedPage(openReferralServicesPage(cmsUrl, pageAt(i)))
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    times.push((await timedPage(openReferralServicesPage(cmsUrl, pageAt(i)))).ms)
  }
  return {
    url: openReferralServicesPage(cmsUrl, 1).replace('page=1', 'page=N'),
    totalItems: first.totalItems,
    ...summariseTimings(times),
  }
}
