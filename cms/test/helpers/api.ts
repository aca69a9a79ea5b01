import { handleEndpoints } from 'payload'

import type { User } from '../../src/payload-types'
import { WORLD_PASSWORD } from './fixtures'
import type { TestPayload } from './testPayload'

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** After /api, with any query: "/comments/submit", "/feedback-reports?depth=2". */
  path: string
  headers?: Record<string, string>
  body?: string | URLSearchParams | FormData
  /** Sign in as this user (one of the world's, whose password is WORLD_PASSWORD). */
  as?: User
}

export type Api = (request: ApiRequest) => Promise<Response>

/**
 * Calls the CMS's REST API, custom endpoints included, the way Next's route handler does
 * (payload's handleEndpoints), without starting a server.
 */
export function apiFor(t: TestPayload): Api {
  const tokens = new Map<string, string>()
  const tokenFor = async (user: User) => {
    const cached = tokens.get(user.email)
    if (cached) return cached
    const { token } = await t.payload.login({
      collection: 'users',
      data: { email: user.email, password: WORLD_PASSWORD },
    })
    if (!token) throw new Error(`Could not sign in as ${user.email}`)
    tokens.set(user.email, token)
    return token
  }
  return async ({ method = 'GET', path, headers = {}, body, as }) => {
    const auth: Record<string, string> = as ? { Authorization: `JWT ${await tokenFor(as)}` } : {}
    const request = new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: { ...headers, ...auth },
      body,
    })
    return handleEndpoints({
      config: t.payload.config,
      request,
      payloadInstanceCacheKey: t.key,
    })
  }
}

/** A url-encoded form body, as a browser sends a plain HTML form. */
export function formPost(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return {
    method: 'POST' as const,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  }
}

export function jsonPost(data: unknown, headers: Record<string, string> = {}) {
  return {
    method: 'POST' as const,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(data),
  }
}
