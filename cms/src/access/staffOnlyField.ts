import type { FieldAccess } from 'payload'

import { userIsStaff } from './userRoles'

/** A field only LA staff (officers and administrators) may set or see. */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => userIsStaff(user)
