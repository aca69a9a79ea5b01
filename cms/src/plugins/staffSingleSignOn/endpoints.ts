import * as oidc from 'openid-client'
import type { Endpoint, PayloadRequest } from 'payload'
import { parseCookies } from 'payload/shared'

import type { User } from '../../payload-types'
import { startPayloadSession } from './payloadSession'
import { refusalPage } from './refusalPage'
import type { SingleSignOnSettings } from './settings'
import {
  openTransaction,
  sealTransaction,
  TRANSACTION_COOKIE,
  transactionCookie,
} from './signInTransaction'
import {
  decideStaffAccount,
  emailFromClaims,
  refusalMessages,
  type SignedInClaims,
} from './staffAccount'

const SCOPE = 'openid email profile'

const unreachable = (settings: SingleSignOnSettings) =>
  refusalPage(
    `The council's sign-in service (${settings.issuer.href}) could not be reached. Try again in a few minutes; if it keeps happening, tell your IT team. Providers can still sign in with their e-mail address and password.`,
    502,
  )

/** `GET /api/users/sso/start`: sends the browser to the council's identity provider. */
export function startEndpoint(
  settings: SingleSignOnSettings,
  provider: () => Promise<oidc.Configuration>,
): Endpoint {
  return {
    path: '/sso/start',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      let configuration: oidc.Configuration
      try {
        configuration = await provider()
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Staff single sign-on: discovery failed' })
        return unreachable(settings)
      }
      const transaction = {
        codeVerifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
      }
      const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: settings.redirectUri.href,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      })
      const sealed = await sealTransaction(transaction, req.payload.secret)
      return new Response(null, {
        status: 302,
        headers: {
          location: authorizationUrl.href,
          'set-cookie': transactionCookie(sealed, settings.redirectUri.protocol === 'https:'),
          'cache-control': 'no-store',
        },
      })
    },
  }
}

/**
 * `GET /api/users/sso/callback`: where the identity provider sends the browser back. Checks the
 * answer (state, PKCE, nonce, the ID token's signature, issuer and audience: openid-client),
 * finds the staff account with the same e-mail address and signs it in as a password sign-in
 * would. Anything else is refused with a page that says what to do.
 */
export function callbackEndpoint(
  settings: SingleSignOnSettings,
  provider: () => Promise<oidc.Configuration>,
): Endpoint {
  return {
    path: '/sso/callback',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const secure = settings.redirectUri.protocol === 'https:'
      const clearTransaction = transactionCookie('', secure, 0)
      const refuse = (message: string, status: number) => {
        const page = refusalPage(message, status)
        page.headers.append('set-cookie', clearTransaction)
        return page
      }
      const search = req.searchParams ?? new URLSearchParams()
      const providerError = search.get('error')
      if (providerError) {
        const description = search.get('error_description')
        return refuse(
          `Your council's sign-in service did not sign you in (${description ?? providerError}). Go back to the sign-in page and try again.`,
          400,
        )
      }
      const transaction = await openTransaction(
        parseCookies(req.headers).get(TRANSACTION_COOKIE),
        req.payload.secret,
      )
      if (!transaction) return refuse(refusalMessages.failed, 400)

      let configuration: oidc.Configuration
      try {
        configuration = await provider()
      } catch {
        return unreachable(settings)
      }
      // The address the provider sent the browser to, with its answer: behind a proxy the
      // request's own URL is the internal one, and the redirect URI must match what was sent.
      const currentUrl = new URL(settings.redirectUri)
      currentUrl.search = search.toString()
      let claims: SignedInClaims
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        })
        const idToken = tokens.claims()
        if (!idToken) throw new Error('no ID token')
        claims = idToken
        // Entra ID puts the address in the ID token; other providers (and the standard's
        // default for the code flow) give it from the UserInfo endpoint only.
        if (
          'reason' in emailFromClaims(claims) &&
          configuration.serverMetadata().userinfo_endpoint
        ) {
          claims = {
            ...claims,
            ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)),
          }
        }
      } catch (error) {
        req.payload.logger.warn({ err: error, msg: 'Staff single sign-on: the answer was refused' })
        return refuse(refusalMessages.failed, 400)
      }
      const found = emailFromClaims(claims)
      if ('reason' in found) return refuse(refusalMessages[found.reason], 403)

      // The stored account as Payload's own sign-in reads it (auth/operations/login), so that
      // adding the session writes back exactly what was read.
      const user = (await req.payload.db.findOne({
        collection: 'users',
        req,
        where: { email: { equals: found.email } },
      })) as User | null
      const decision = decideStaffAccount(found.email, user)
      if (!decision.ok) return refuse(refusalMessages[decision.reason], 403)

      const sessionCookie = await startPayloadSession(req, decision.user)
      const headers = new Headers({ location: '/admin', 'cache-control': 'no-store' })
      headers.append('set-cookie', sessionCookie)
      headers.append('set-cookie', clearTransaction)
      req.payload.logger.info(`Staff single sign-on: ${found.email} signed in`)
      return new Response(null, { status: 302, headers })
    },
  }
}
