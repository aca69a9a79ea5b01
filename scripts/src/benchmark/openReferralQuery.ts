/**
 * Times the live Open Referral API's service pages (`/api/openreferral/services?page=N&per_page=50`,
 * issue 13: p95 ≤ 50 ms at 10,000 listings on PostgreSQL). First one walk through every page, in
 * order, timed on its own: after a bulk load (or a change to the vocabularies) no listing has a
 * current stored document yet, so this walk makes and stores them all, as the first consumer to
 * walk the feed would. Then warm-up requests, then `requests` timed one after another, walking
 * through the pages so that the first, middle and last are all asked for.
 */
import { summariseTimings, type TimingSummary } from './stats.js'

export interface OpenReferralQueryMeasurement extends TimingSummary {
  url: string
  totalItems: number
  /** The first walk through every page, which makes the stored documents. */
  firstWalk: TimingSummary
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
  const firstWalk = [first.ms]
  for (let page = 2; page <= first.totalPages; page++) {
    firstWalk.push((await timedPage(openReferralServicesPage(cmsUrl, page))).ms)
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
    firstWalk: summariseTimings(firstWalk),
    ...summariseTimings(times),
  }
}
