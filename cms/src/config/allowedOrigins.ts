import type { Config } from 'payload'
import { parseCookies } from 'payload/shared'

import type { Environment } from './environment'

/**
 * Which web addresses the admin may be used from. Payload uses a signed-in user's cookie only when
 * the request's `Origin` is on its `csrf` list (a cross-site request forgery defence); a request
 * from any other address is treated as signed out, and a provider's Save Draft then fails with
 * "You are not allowed to perform this action". Payload puts only `serverURL` on that list, as
 * written, so the CMS opened at http://127.0.0.1:3000 when CMS_PUBLIC_URL says
 * http://localhost:3000 (the same server), or through a council's proxy under another name, lost
 * every save. The list here is the CMS's own public address in both its loopback forms, and the
 * addresses the council lists in CMS_ALLOWED_ORIGINS.
 */
export const ALLOWED_ORIGINS_SETTING = 'CMS_ALLOWED_ORIGINS'

/** The three names of this machine's loopback interface, as they appear in an origin. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/** `value` as an http(s) origin (scheme, host, port), or a message saying what is wrong with it. */
function originOf(value: string): string | { problem: string } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: `"${value}" is not a web address (write it like https://cms.example.gov.uk)` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `"${value}" must start with https:// or http://` }
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return {
      problem: `"${value}" must be an address without a path (a browser sends only ${url.origin})`,
    }
  }
  return url.origin
}

/** The addresses listed in CMS_ALLOWED_ORIGINS (comma-separated), each checked. */
export function allowedOriginsFromEnv(env: Environment = process.env): string[] {
  const entries = (env[ALLOWED_ORIGINS_SETTING] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const origins: string[] = []
  const problems: string[] = []
  for (const entry of entries) {
    const origin = originOf(entry)
    if (typeof origin === 'string') origins.push(origin)
    else problems.push(origin.problem)
  }
  if (problems.length > 0) {
    throw new Error(`${ALLOWED_ORIGINS_SETTING}: ${problems.join('; ')}.`)
  }
  return origins
}

/**
 * The origins the CMS accepts a signed-in request from: its public address (and, when that is on
 * this machine, its other loopback names on the same port) and the extra ones listed. Empty when
 * neither is set, which Payload takes as "no list" (every origin, as in development and tests).
 */
export function trustedOrigins(serverURL: string | undefined, extra: string[] = []): string[] {
  const origins: string[] = []
  if (serverURL) {
    const own = originOf(serverURL.replace(/\/+$/, ''))
    if (typeof own !== 'string') throw new Error(`CMS_PUBLIC_URL: ${own.problem}.`)
    origins.push(own)
    const url = new URL(own)
    if (LOOPBACK_HOSTS.includes(url.hostname)) {
      for (const host of LOOPBACK_HOSTS) {
        origins.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
      }
    }
  } else if (extra.length > 0) {
    // Without its own address on the list the CMS would refuse its own admin.
    throw new Error(
      `${ALLOWED_ORIGINS_SETTING} is set but CMS_PUBLIC_URL is not: set CMS_PUBLIC_URL to the CMS's own address too.`,
    )
  }
  return [...new Set([...origins, ...extra])]
}

/** What a person whose sign-in was not used, because of where the request came from, is told. */
export function untrustedOriginMessage(origin: string, serverURL: string | undefined): string {
  const openAt = serverURL
    ? `Open the admin at ${serverURL.replace(/\/+$/, '')}/admin, or ask`
    : 'Ask'
  return (
    `You are signed in, but this request came from ${origin}, which is not one of the addresses ` +
    `this CMS accepts signed-in changes from, so it was treated as coming from nobody. ` +
    `${openAt} whoever runs the CMS to add ${origin} to the ${ALLOWED_ORIGINS_SETTING} setting.`
  )
}

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

/**
 * Payload drops the sign-in cookie of a request from an address not on its list without a word,
 * and the refusal that follows blames the user's permissions. This replaces that refusal (401 or
 * 403 to a request with nobody signed in, a sign-in cookie and an Origin not on the list) with one
 * that names the address and the setting.
 */
export const explainUntrustedOrigin: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: unknown }).status
  if ((status !== 401 && status !== 403) || req.user) return
  const { config } = req.payload
  const origin = req.headers.get('Origin')
  if (!origin || config.csrf.length === 0 || config.csrf.includes(origin)) return
  if (!parseCookies(req.headers).get(`${config.cookiePrefix}-token`)) return
  return {
    status: 403,
    response: { errors: [{ message: untrustedOriginMessage(origin, config.serverURL) }] },
  }
}
