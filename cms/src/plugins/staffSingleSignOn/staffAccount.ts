import type { User } from '../../payload-types'
import { userIsStaff } from '../../access/userRoles'

/** What the council's identity provider says about the person who signed in (ID token claims). */
export interface SignedInClaims {
  email?: unknown
  email_verified?: unknown
  /** Microsoft Entra ID puts the sign-in name here and may leave `email` out. */
  preferred_username?: unknown
  [claim: string]: unknown
}

export type StaffAccountDecision =
  | { ok: true; user: User }
  | {
      ok: false
      reason: 'no-email' | 'email-not-verified' | 'no-account' | 'not-staff'
      email?: string
    }

const looksLikeEmail = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value)

/**
 * The address to look the account up by: `email`, or Entra ID's `preferred_username` when it is
 * an address. A provider that says the address is not verified is not trusted with it.
 */
export function emailFromClaims(
  claims: SignedInClaims,
): { email: string } | { reason: 'no-email' | 'email-not-verified' } {
  if (claims.email_verified === false) return { reason: 'email-not-verified' }
  const email = looksLikeEmail(claims.email)
    ? claims.email
    : looksLikeEmail(claims.preferred_username)
      ? claims.preferred_username
      : undefined
  return email ? { email: email.trim().toLowerCase() } : { reason: 'no-email' }
}

/**
 * Whether the account found for that address may sign in this way. Only an account that already
 * exists with a staff role: signing in with the council's provider never creates an account
 * (an administrator adds staff, as today) and never lets a provider in (providers are not the
 * council's staff, and their organisation manages their passwords).
 */
export function decideStaffAccount(
  email: string,
  user: User | null | undefined,
): StaffAccountDecision {
  if (!user) return { ok: false, reason: 'no-account', email }
  if (!userIsStaff(user)) return { ok: false, reason: 'not-staff', email }
  return { ok: true, user }
}

/** What the person is told, and what to do about it. */
export const refusalMessages: Record<
  Exclude<StaffAccountDecision, { ok: true }>['reason'] | 'failed',
  string
> = {
  'no-email':
    'Your council account did not give an e-mail address, so the Local Offer cannot tell who you are. Ask your IT team to release the email claim to this application.',
  'email-not-verified':
    'Your council account says its e-mail address is not verified. Ask your IT team to verify it, then try again.',
  'no-account':
    'There is no officer or administrator account for this e-mail address in the Local Offer. Ask a Local Offer administrator to add you under Users, with the same address.',
  'not-staff':
    'This e-mail address belongs to a provider account. Providers sign in with their e-mail address and password on the sign-in page.',
  failed:
    'Signing in with your council account did not complete (it may have taken too long, or been opened in another browser). Go back to the sign-in page and try again.',
}
