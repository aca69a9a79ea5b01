import type { User } from '../payload-types'
import { relationId } from '../relationships/relationshipIds'

/**
 * What a signed-in user may be: their role and, for a provider, the organisation they act for.
 * These are predicates (user → boolean) for code that holds a user; the `Access` functions
 * collections use are built from them and named for their rule (`staffOnly`, `adminOnly`…).
 */

export type Role = User['role']

export const roles = [
  { value: 'admin', label: 'Administrator' },
  { value: 'officer', label: 'LA officer' },
  { value: 'provider', label: 'Provider' },
] as const satisfies readonly { value: Role; label: string }[]

/** LA staff: officers and administrators. */
export const staffRoles: readonly Role[] = ['admin', 'officer']

type MaybeUser = Pick<User, 'role'> | null | undefined

export function userHasRole(user: MaybeUser, ...allowed: readonly Role[]): boolean {
  return Boolean(user && allowed.includes(user.role))
}

/** LA staff: officers and administrators. */
export function userIsStaff(user: MaybeUser): boolean {
  return userHasRole(user, ...staffRoles)
}

export function userIsProvider(user: MaybeUser): boolean {
  return userHasRole(user, 'provider')
}

/** The organisation a provider user is bound to (staff belong to none). */
export function organisationOf(
  user: Pick<User, 'organisation'> | null | undefined,
): string | number | undefined {
  return user ? relationId(user.organisation) : undefined
}
