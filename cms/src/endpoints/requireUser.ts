import type { PayloadRequest } from 'payload'

import { type Role, userHasRole, userIsStaff } from '../access/userRoles'
import type { User } from '../payload-types'
import { forbidden, notSignedIn } from './httpErrors'

/** The signed-in user (of the users collection), or a 401 that says to sign in. */
export function requireSignedIn(req: PayloadRequest, message = 'Sign in to do this.'): User {
  if (!req.user || req.user.collection !== 'users') throw notSignedIn(message)
  return req.user as unknown as User
}

/** The signed-in user if they are LA staff; a 401 if nobody is signed in, a 403 for anyone else. */
export function requireStaff(
  req: PayloadRequest,
  messages: { notSignedIn?: string; notStaff: string },
): User {
  const user = requireSignedIn(req, messages.notSignedIn)
  if (!userIsStaff(user)) throw forbidden(messages.notStaff)
  return user
}

/** A 403 with `message` unless `user` has one of the `allowed` roles. */
export function requireRole(user: User, allowed: readonly Role[], message: string): void {
  if (!userHasRole(user, ...allowed)) throw forbidden(message)
}
