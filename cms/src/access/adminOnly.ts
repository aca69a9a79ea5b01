import type { Access } from 'payload'

import { userHasRole } from './userRoles'

/** Administrators only. */
export const adminOnly: Access = ({ req: { user } }) => userHasRole(user, 'admin')
