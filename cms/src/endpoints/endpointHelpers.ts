import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import type { User } from '../payload-types'

/** The signed-in user, or a 401 that says to sign in. */
export function signedInUser(req: PayloadRequest): User {
  if (!req.user || req.user.collection !== 'users') {
    throw new APIError('Sign in to do this.', 401, null, true)
  }
  return req.user as unknown as User
}

/** The listing id from the endpoint path (/api/services/:id/...). */
export function listingIdFrom(req: PayloadRequest): string {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new APIError(
      'The address must name a listing, like /api/services/12/submit.',
      400,
      null,
      true,
    )
  }
  return String(id)
}

/** The JSON body as an object (empty if there is none). */
export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  await addDataAndFileToRequest(req)
  const data = req.data
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError('Send the request body as a JSON object.', 400, null, true)
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
    throw new APIError(`"${field}" must be text.`, 400, null, true)
  }
  const trimmed = value.trim()
  if (trimmed.length > maxLength) {
    throw new APIError(
      `"${field}" is ${trimmed.length} characters long; keep it to ${maxLength} or fewer.`,
      400,
      null,
      true,
    )
  }
  return trimmed || undefined
}

/** Runs `work` in one transaction (where the database has them): all of it happens, or none. */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
