import type { FieldAccess } from 'payload'

import { userHasRole } from './userRoles'

/** A field only administrators may set. */
export const adminOnlyField: FieldAccess = ({ req: { user } }) => userHasRole(user, 'admin')
