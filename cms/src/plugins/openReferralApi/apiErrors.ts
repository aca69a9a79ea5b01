/**
 * The live Open Referral API's answers: JSON, readable from any origin (the feed is public and
 * needs no key), never cached by a browser past a change. Errors are `{ error, message }`, the
 * same shape as the static copy's host rules (scripts/src/site/openReferralHost.ts).
 */

/** A request the API refuses: a 400 (what to fix) or a 404 (no such record or page). */
export class OpenReferralApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: 'bad_request' | 'not_found',
    message: string,
  ) {
    super(message)
  }
}

export const badQuery = (message: string) => new OpenReferralApiError(400, 'bad_request', message)
export const notFound = (message: string) => new OpenReferralApiError(404, 'not_found', message)

const HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Cache-Control': 'public, max-age=60',
} as const

export function jsonAnswer(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: HEADERS })
}

export function errorAnswer(error: OpenReferralApiError): Response {
  return jsonAnswer({ error: error.code, message: error.message }, error.status)
}
