import { z } from 'zod'

/**
 * Staff single sign-on through the council's OpenID Connect provider (Microsoft Entra ID is the
 * usual one). Officers and admins may sign in with their council account; providers keep e-mail
 * and password (they are not the council's staff). All settings come from the environment:
 *
 * - OIDC_ISSUER_URL: the provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0
 * - OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: the CMS's registration with the provider
 * - OIDC_BUTTON_LABEL: the words on the sign-in button (default "Sign in with your council account")
 * - OIDC_REQUIRED_FOR_STAFF: `true` refuses officers' and admins' passwords, so leaving the council
 *   (the account disabled at the provider) ends their access at once
 *
 * The redirect URI to register is `<CMS_PUBLIC_URL>/api/users/sso/callback`.
 */
export interface SingleSignOnSettings {
  issuer: URL
  clientId: string
  clientSecret: string
  buttonLabel: string
  requiredForStaff: boolean
  /** Where the provider sends the browser back: `<serverURL>/api/users/sso/callback`. */
  redirectUri: URL
}

export const DEFAULT_BUTTON_LABEL = 'Sign in with your council account'

type Environment = Record<string, string | undefined>

const NAMES = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const

const absoluteUrl = (name: string) =>
  z
    .string()
    .url(`${name} must be an absolute URL (https://…)`)
    .transform((value) => new URL(value))

const schema = z.object({
  OIDC_ISSUER_URL: absoluteUrl('OIDC_ISSUER_URL'),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(80).optional(),
  OIDC_REQUIRED_FOR_STAFF: z
    .enum(['true', 'false'], { message: 'OIDC_REQUIRED_FOR_STAFF must be true or false' })
    .optional(),
})

/** A plain-HTTP issuer is accepted only on this machine (a test or a local provider). */
export function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

/**
 * The settings, or undefined when single sign-on is not configured (none of the three set).
 * Half a configuration is an error that names what is missing: a council that meant to turn it
 * on must not find staff silently on passwords.
 */
export function singleSignOnFromEnv(
  env: Environment,
  serverURL: string | undefined,
): SingleSignOnSettings | undefined {
  const present = NAMES.filter((name) => (env[name] ?? '') !== '')
  if (present.length === 0) return undefined
  const missing = NAMES.filter((name) => !present.includes(name))
  if (missing.length > 0) {
    throw new Error(
      `Staff single sign-on is half configured: set ${missing.join(' and ')} as well as ${present.join(' and ')}, or none of them.`,
    )
  }
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    throw new Error(
      `Staff single sign-on settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    )
  }
  if (!serverURL) {
    throw new Error(
      'Staff single sign-on needs CMS_PUBLIC_URL: the CMS address staff use, from which the redirect URI registered with the provider (<CMS_PUBLIC_URL>/api/users/sso/callback) is made.',
    )
  }
  const issuer = parsed.data.OIDC_ISSUER_URL
  if (issuer.protocol !== 'https:' && !isLoopback(issuer)) {
    throw new Error(`OIDC_ISSUER_URL must use https (${issuer.href}).`)
  }
  return {
    issuer,
    clientId: parsed.data.OIDC_CLIENT_ID,
    clientSecret: parsed.data.OIDC_CLIENT_SECRET,
    buttonLabel: parsed.data.OIDC_BUTTON_LABEL ?? DEFAULT_BUTTON_LABEL,
    requiredForStaff: parsed.data.OIDC_REQUIRED_FOR_STAFF === 'true',
    redirectUri: new URL('/api/users/sso/callback', serverURL),
  }
}
