import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints } from 'payload'
import Provider from 'oidc-provider'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD_REFUSED_FOR_STAFF } from '../../src/plugins/staffSingleSignOn'
import type { SingleSignOnSettings } from '../../src/plugins/staffSingleSignOn'
import { WORLD_PASSWORD } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Staff single sign-on against a real OpenID Connect provider (panva's `oidc-provider`, the
 * certified implementation) running on this machine with its development sign-in pages: the
 * browser's round trip is followed request by request (redirects, cookies, the provider's
 * sign-in and consent forms), and the CMS's answer is checked as the admin would use it.
 */

/** The address the CMS is registered under; requests to it are handed to Payload's handler. */
const CMS = 'http://cms.sso-test.invalid'
const CLIENT = { id: 'local-offer-cms', secret: 'a-client-secret-for-the-test' }

/** Who the identity provider knows: account id → claims. Filled once the world exists. */
const accounts = new Map<string, Record<string, unknown>>()

let idp: Server
let issuer: string

const settings = (): SingleSignOnSettings => ({
  issuer: new URL(issuer),
  clientId: CLIENT.id,
  clientSecret: CLIENT.secret,
  buttonLabel: 'Sign in with your council account',
  requiredForStaff: true,
  redirectUri: new URL('/api/users/sso/callback', CMS),
})

// The provider must be listening before the CMS config is made (its settings name the issuer):
// this runs before useTestWorld's set-up, which is registered after it.
beforeAll(async () => {
  idp = createServer()
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${CMS}/api/users/sso/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['preferred_username'],
    },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...accounts.get(id) }),
    }),
    features: { devInteractions: { enabled: true } },
  })
  idp.on('request', provider.callback())
})

const ctx = useTestWorld({
  // Read when the CMS starts, once the provider's address is known.
  get singleSignOn() {
    return settings()
  },
})

afterAll(() => new Promise<void>((resolve) => idp.close(() => resolve())))

/** One browser: cookies per host, redirects followed by hand so every hop can be seen. */
function browser() {
  const jar = new Map<string, Map<string, string>>()
  const cookieHeader = (url: URL) =>
    [...(jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ')
  const keep = (url: URL, response: Response) => {
    const cookies = jar.get(url.host) ?? new Map<string, string>()
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const index = pair!.indexOf('=')
      const name = pair!.slice(0, index)
      const value = pair!.slice(index + 1)
      if (/max-age=0/i.test(line) || value === '') cookies.delete(name)
      else cookies.set(name, value)
    }
    jar.set(url.host, cookies)
  }
  async function request(url: URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = cookieHeader(url)
    if (cookie) headers.set('cookie', cookie)
    const response =
      url.origin === CMS
        ? await handleEndpoints({
            config: ctx.t.payload.config,
            request: new Request(url, { ...init, headers }),
            payloadInstanceCacheKey: ctx.t.key,
          })
        : await fetch(url, { ...init, headers, redirect: 'manual' })
    keep(url, response)
    return response
  }
  /**
   * From the CMS's start address to the CMS's answer at the callback, signing in at the
   * provider as `account` (its development pages: a sign-in form, then a consent form).
   */
  async function signInAs(account: string, tamper?: (callback: URL) => URL): Promise<Response> {
    let url = new URL('/api/users/sso/start', CMS)
    let response = await request(url)
    for (let hop = 0; hop < 20; hop++) {
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url)
        if (url.origin === CMS && tamper) url = tamper(url)
        response = await request(url)
        if (url.origin === CMS) return response
        continue
      }
      const html = await response.text()
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
      if (response.status !== 200 || !action) {
        throw new Error(
          `The provider answered ${response.status} at ${url.href}: ${html.slice(0, 300)}`,
        )
      }
      const fields = new URLSearchParams()
      for (const [, name, value] of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
        fields.set(name!, value!)
      if (/name="login"/.test(html)) {
        fields.set('login', account)
        fields.set('password', 'any: the development pages take any password')
      }
      url = new URL(action, url)
      response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      })
    }
    throw new Error('Too many redirects')
  }
  const me = async () => {
    const response = await request(new URL('/api/users/me', CMS))
    return ((await response.json()) as { user: { email: string } | null }).user
  }
  return { request, signInAs, me }
}

describe('staff single sign-on (OpenID Connect)', () => {
  beforeAll(() => {
    const { officer, admin, providerA } = ctx.world
    accounts.set('officer-at-council', { email: officer.email.toUpperCase(), email_verified: true })
    accounts.set('admin-at-council', { preferred_username: admin.email })
    accounts.set('provider-at-council', { email: providerA.email, email_verified: true })
    accounts.set('stranger', { email: 'someone.else@example.org.uk', email_verified: true })
    accounts.set('unverified', { email: officer.email, email_verified: false })
  })

  it('signs an officer in with a Payload session the admin accepts', async () => {
    const b = browser()
    const answer = await b.signInAs('officer-at-council')
    expect(answer.status).toBe(302)
    expect(answer.headers.get('location')).toBe('/admin')
    expect(answer.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(true)
    expect((await b.me())?.email).toBe(ctx.world.officer.email)
    // The session is Payload's own: logging out ends it.
    const logout = await b.request(new URL('/api/users/logout', CMS), { method: 'POST' })
    expect(logout.status).toBe(200)
    expect(await b.me()).toBeNull()
  })

  it("takes Entra ID's preferred_username when there is no email claim", async () => {
    const b = browser()
    expect((await b.signInAs('admin-at-council')).status).toBe(302)
    expect((await b.me())?.email).toBe(ctx.world.admin.email)
  })

  it.each([
    ['provider-at-council', 'Providers sign in with their e-mail address and password'],
    ['stranger', 'There is no officer or administrator account for this e-mail address'],
    ['unverified', 'not verified'],
  ])('refuses %s with a page that says what to do, and no session', async (account, words) => {
    const b = browser()
    const answer = await b.signInAs(account)
    expect(answer.status).toBe(403)
    expect(await answer.text()).toContain(words)
    expect(answer.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(false)
    expect(await b.me()).toBeNull()
  })

  it('refuses an answer whose state was changed (a forged return)', async () => {
    const b = browser()
    const answer = await b.signInAs('officer-at-council', (callback) => {
      callback.searchParams.set('state', 'forged')
      return callback
    })
    expect(answer.status).toBe(400)
    expect(await answer.text()).toContain('did not complete')
    expect(await b.me()).toBeNull()
  })

  it('refuses a return with no sign-in started in this browser', async () => {
    const b = browser()
    const answer = await b.request(new URL('/api/users/sso/callback?code=x&state=y', CMS))
    expect(answer.status).toBe(400)
  })

  it('with single sign-on required, refuses staff passwords and keeps providers on theirs', async () => {
    const staff = ctx.t.payload.login({
      collection: 'users',
      data: { email: ctx.world.officer.email, password: WORLD_PASSWORD },
    })
    await expect(staff).rejects.toThrow(PASSWORD_REFUSED_FOR_STAFF)
    const provider = await ctx.t.payload.login({
      collection: 'users',
      data: { email: ctx.world.providerA.email, password: WORLD_PASSWORD },
    })
    expect(provider.token).toBeTruthy()
  })
})
