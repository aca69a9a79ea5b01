import type { User } from '../payload-types'

export type Role = User['role']

export const roles = [
  { value: 'admin', label: 'Administrator' },
  { value: 'officer', label: 'LA officer' },
  { value: 'provider', label: 'Provider' },
] as const satisfies readonly { value: Role; label: string }[]

type MaybeUser = User | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user && allowed.includes(user.role))
}

/** LA staff: officers and administrators. */
export function isStaff(user: MaybeUser): boolean {
  return hasRole(user, 'admin', 'officer')
}

export function isProvider(user: MaybeUser): boolean {
  return hasRole(user, 'provider')
}

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function relationId(value: unknown): string | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return id
  }
  return undefined
}

/** Ids compare as strings so the same code works for numeric (SQL) and ObjectId (Mongo) ids. */
export function sameId(a: unknown, b: unknown): boolean {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** The organisation a provider user is bound to. */
export function organisationOf(user: MaybeUser): string | number | undefined {
  return user ? relationId(user.organisation) : undefined
}
