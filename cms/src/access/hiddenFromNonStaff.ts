import type { User } from '../payload-types'
import { userIsStaff } from './userRoles'

/** For `admin.hidden`: collections only LA staff need see in the admin navigation. */
export const hiddenFromNonStaff = ({ user }: { user: unknown }): boolean =>
  !userIsStaff(user as User | null)
