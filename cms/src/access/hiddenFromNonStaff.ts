import type { User } from '../payload-types'
import { isStaff } from './roles'

/** For `admin.hidden`: collections only LA staff need see in the admin navigation. */
export const hiddenFromNonStaff = ({ user }: { user: unknown }): boolean =>
  !isStaff(user as User | null)
