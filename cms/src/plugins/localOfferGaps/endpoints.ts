import type { Endpoint, PayloadRequest } from 'payload'
import pLimit from 'p-limit'

import { clientAddress } from '../../endpoints/clientAddress'
import { doNotCache } from '../../endpoints/doNotCache'
import { readText } from '../../endpoints/readSubmission'
import type { SubmissionRateLimiter } from '../../endpoints/rateLimiter'
import { requireStaff } from '../../endpoints/requireUser'
import { dayInEngland, recordSearchMiss } from './recordSearchMiss'
import { gapChoiceFrom } from './gapChoice'
import { gapDimensionsNow, gapListings } from './gapListings'
import { gapTableCsv } from './gapsCsv'
import { gapTable } from './gapTable'
import { searchMissFrom } from './searchTerm'
import { gapStrings as s } from './strings'

/** A search box's words and a language code: far less than this. */
const MAX_BEACON_BYTES = 2048

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/**
 * POST /api/search-misses/record: the site's beacon when a search found nothing. Public and
 * cookie-free (the site sends no credentials and the answer sets none); counted per address by the
 * same limiter as comments, under its own prefix, so a script cannot fill the table. The address is
 * used only for that count and never stored with the words. Always answers 204 (or 429/413): the
 * beacon never reads the answer, and a refusal tells a robot nothing about what was kept.
 */
export function recordSearchMissEndpoint(
  limiter: SubmissionRateLimiter,
  trustedProxyHops: number,
): Endpoint {
  // One count at a time in this process, so two beacons for the same words add up to two.
  const oneAtATime = pLimit(1)
  return {
    path: '/record',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const decision = limiter.attempt(clientAddress(req.headers, trustedProxyHops))
      const declared = Number(req.headers.get('content-length') ?? '0')
      const text =
        declared > MAX_BEACON_BYTES ? undefined : await readText(req.body, MAX_BEACON_BYTES)
      const { allowed, retryAfterSeconds } = await decision
      if (!allowed) return answer(429, { 'Retry-After': String(retryAfterSeconds) })
      if (text === undefined) return answer(413)
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return answer(204)
      }
      const miss = await searchMissFrom(body)
      if (miss) {
        try {
          await oneAtATime(() => recordSearchMiss(req.payload, miss))
        } catch (error) {
          req.payload.logger.error({
            err: error,
            msg: 'A search that found nothing was not counted',
          })
        }
      }
      return answer(204)
    },
  }
}

/** GET /api/local-offer-gaps/csv?rows=…&columns=…: the gap table as the view shows it. Staff only. */
export const gapsCsvEndpoint: Endpoint = {
  path: '/local-offer-gaps/csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    doNotCache(req)
    requireStaff(req, { notStaff: s.staffOnly })
    const dimensions = await gapDimensionsNow(req.payload)
    const choice = gapChoiceFrom(
      new URL(req.url ?? '', 'http://localhost').searchParams,
      dimensions,
    )
    const today = dayInEngland(new Date())
    const table = gapTable(await gapListings(req.payload), choice, dimensions)
    const csv = gapTableCsv(table, today, dimensions)
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="local-offer-gaps-${choice.rows}-by-${choice.columns}-${today}.csv"`,
      },
    })
  },
}
