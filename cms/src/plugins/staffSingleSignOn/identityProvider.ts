import * as oidc from 'openid-client'

import { isLoopback, type SingleSignOnSettings } from './settings'

/**
 * The council's identity provider, discovered from its issuer's metadata once per process and
 * kept (discovery is a network round trip; the metadata rarely changes). A failed discovery is
 * not kept, so the next sign-in tries again.
 */
export function identityProvider(
  settings: SingleSignOnSettings,
): () => Promise<oidc.Configuration> {
  let discovered: Promise<oidc.Configuration> | undefined
  return () => {
    discovered ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        { redirect_uris: [settings.redirectUri.href], response_types: ['code'] },
        oidc.ClientSecretPost(settings.clientSecret),
        // Plain HTTP only for a provider on this machine (tests, a local provider).
        isLoopback(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined
        throw error
      })
    return discovered
  }
}
