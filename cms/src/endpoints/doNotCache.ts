import type { PayloadRequest } from 'payload'

/**
 * Marks every answer to this request, an error thrown later included, `Cache-Control: no-store`:
 * Payload adds `req.responseHeaders` both to an endpoint's response and to the error response it
 * builds from a thrown APIError. (So the endpoint's own responses must not set the header again,
 * or it would be sent twice.)
 */
export function doNotCache(req: PayloadRequest): void {
  const headers = new Headers(req.responseHeaders)
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
}
