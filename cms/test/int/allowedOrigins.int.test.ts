import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { ALLOWED_ORIGINS_SETTING } from '../../src/config/allowedOrigins'
import type { Service } from '../../src/payload-types'
import { WORLD_PASSWORD } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Issue 12, item 9: signing in behind a proxy. The admin sends its sign-in as a cookie and the
 * browser adds the page's Origin; Payload uses the cookie only from an address it trusts. A
 * provider's Save Draft must work from the CMS's own public address in either loopback form and
 * from an address the council lists, and a refusal because of the address must say so.
 */
const PUBLIC_URL = 'http://localhost:3000'
const PROXY = 'https://localoffer-admin.proxy.example.gov.uk'
const context = useTestWorld({ serverURL: PUBLIC_URL, allowedOrigins: [PROXY] })

/** A provider's Save Draft as the admin sends it: cookie sign-in, the page's Origin. */
async function saveDraftFrom(origin: string, summary: string) {
  const { t, world } = context
  const { token } = await t.payload.login({
    collection: 'users',
    data: { email: world.providerA.email, password: WORLD_PASSWORD },
  })
  const request = new Request(
    `${origin}/api/services/${world.draftA.id}?draft=true&depth=0&locale=en`,
    {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `${t.payload.config.cookiePrefix}-token=${token}`,
        Origin: origin,
      },
      body: JSON.stringify({ summary }),
    },
  )
  const response = await handleEndpoints({
    config: t.payload.config,
    request,
    payloadInstanceCacheKey: t.key,
  })
  return {
    status: response.status,
    body: (await response.json()) as { doc?: Service; errors?: { message: string }[] },
  }
}

const draftSummary = async () =>
  (
    await context.t.payload.findByID({
      collection: 'services',
      id: context.world.draftA.id,
      draft: true,
      depth: 0,
    })
  ).summary

describe('a provider’s Save Draft from the addresses the CMS trusts', () => {
  it.each([
    ['its public address', PUBLIC_URL],
    ['its public address by number (127.0.0.1)', 'http://127.0.0.1:3000'],
    ['the council’s proxy, listed in CMS_ALLOWED_ORIGINS', PROXY],
  ])('is saved from %s', async (_, origin) => {
    const summary = `Saved from ${origin}: sessions run every Tuesday.`
    const { status, body } = await saveDraftFrom(origin, summary)
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    expect(await draftSummary()).toBe(summary)
  })
})

describe('a signed-in request from an address the CMS does not trust', () => {
  it('is refused with the address and the setting named, and changes nothing', async () => {
    const before = await draftSummary()
    const { status, body } = await saveDraftFrom(
      'https://admin.elsewhere.example.com',
      'Written from somewhere else.',
    )
    expect(status).toBe(403)
    const message = body.errors?.[0]?.message ?? ''
    expect(message).toContain('https://admin.elsewhere.example.com')
    expect(message).toContain(ALLOWED_ORIGINS_SETTING)
    expect(message).toContain(`${PUBLIC_URL}/admin`)
    expect(message).not.toContain('You are not allowed to perform this action')
    expect(await draftSummary()).toBe(before)
  })
})
