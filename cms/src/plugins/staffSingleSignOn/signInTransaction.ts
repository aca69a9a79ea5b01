import { createHash } from 'node:crypto'

import { jwtVerify, SignJWT } from 'jose'

/**
 * What the CMS must remember between sending the browser to the identity provider and its
 * return: the PKCE verifier, the state and the nonce (RFC 7636, OpenID Connect Core 3.1.2.1).
 * Kept in a short-lived, signed, httpOnly cookie, so any CMS instance behind the load balancer
 * can finish the sign-in and nothing is stored on the server.
 */
export interface SignInTransaction {
  codeVerifier: string
  state: string
  nonce: string
}

export const TRANSACTION_COOKIE = 'local-offer-sso'
/** Long enough to sign in with a second factor; short enough that a stolen cookie is useless. */
export const TRANSACTION_SECONDS = 10 * 60

const AUDIENCE = 'local-offer-staff-sign-in'

/** A key of its own, derived from the CMS secret, so this cookie can never pass as a session. */
const keyFrom = (secret: string) =>
  new Uint8Array(createHash('sha256').update(`staff-single-sign-on:${secret}`).digest())

export async function sealTransaction(
  transaction: SignInTransaction,
  secret: string,
): Promise<string> {
  return new SignJWT({ ...transaction })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TRANSACTION_SECONDS}s`)
    .sign(keyFrom(secret))
}

/** The transaction, or undefined when the cookie is missing, altered or expired. */
export async function openTransaction(
  sealed: string | undefined,
  secret: string,
): Promise<SignInTransaction | undefined> {
  if (!sealed) return undefined
  try {
    const { payload } = await jwtVerify(sealed, keyFrom(secret), { audience: AUDIENCE })
    const { codeVerifier, state, nonce } = payload
    if (
      typeof codeVerifier !== 'string' ||
      typeof state !== 'string' ||
      typeof nonce !== 'string'
    ) {
      return undefined
    }
    return { codeVerifier, state, nonce }
  } catch {
    return undefined
  }
}

export function transactionCookie(
  value: string,
  secure: boolean,
  maxAge = TRANSACTION_SECONDS,
): string {
  // SameSite=Lax: the identity provider sends the browser back with a top-level GET.
  return [
    `${TRANSACTION_COOKIE}=${value}`,
    'Path=/api/users/sso',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}
