import type { Access, FieldAccess } from 'payload'

import { isStaff as userIsStaff } from './roles'

/** Officers and administrators. */
export const isStaff: Access = ({ req: { user } }) => userIsStaff(user)

export const isStaffField: FieldAccess = ({ req: { user } }) => userIsStaff(user)
