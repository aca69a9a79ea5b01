import { handleEndpoints } from 'payload'

import type { User } from '../../src/payload-types'
import type { TestPayload } from './testPayload'

export interface RestResponse<T = Record<string, unknown>> {
  status: number
  body: T
}

/**
 * A real REST request through Payload's HTTP handler (routing, authentication, access control,
 * custom endpoints), signed in as `user` (by logging in for a token) or anonymous.
 */
export async function rest<T = Record<string, unknown>>(
  t: TestPayload,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { as?: User; password?: string; body?: unknown } = {},
): Promise<RestResponse<T>> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.as)
    headers.set('Authorization', `JWT ${await tokenFor(t, options.as, options.password)}`)
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    request,
    payloadInstanceCacheKey: t.key,
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

const tokens = new Map<string, string>()

/** Every user the fixtures make has this password. */
export const FIXTURE_PASSWORD = 'correct horse battery staple'

async function tokenFor(t: TestPayload, user: User, password = FIXTURE_PASSWORD): Promise<string> {
  const cacheKey = `${t.key}:${user.id}`
  const cached = tokens.get(cacheKey)
  if (cached) return cached
  const result = await t.payload.login({
    collection: 'users',
    data: { email: user.email, password },
  })
  if (!result.token) throw new Error(`Could not sign in as ${user.email}`)
  tokens.set(cacheKey, result.token)
  return result.token
}
