import type { Access } from 'payload'

import { userIsStaff } from './userRoles'

/** LA staff (officers and administrators) only. */
export const staffOnly: Access = ({ req: { user } }) => userIsStaff(user)
