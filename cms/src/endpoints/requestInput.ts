import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { badRequest } from './httpErrors'

/** What the listing endpoints read from a request: the listing in the path, and the JSON body. */

/** The listing id from the endpoint path (/api/services/:id/...). */
export function listingIdFrom(req: PayloadRequest): string {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw badRequest('The address must name a listing, like /api/services/12/submit.')
  }
  return String(id)
}

/** The JSON body as an object (empty if there is none). */
export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  await addDataAndFileToRequest(req)
  const data = req.data
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw badRequest('Send the request body as a JSON object.')
  }
  return data as Record<string, unknown>
}

/** An optional string field of a request body, trimmed, with a length limit. */
export function optionalText(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    throw badRequest(`"${field}" must be text.`)
  }
  const trimmed = value.trim()
  if (trimmed.length > maxLength) {
    throw badRequest(
      `"${field}" is ${trimmed.length} characters long; keep it to ${maxLength} or fewer.`,
    )
  }
  return trimmed || undefined
}
