import type { Access } from 'payload'

import { userIsStaff } from './userRoles'

/** Staff read everything, drafts included; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (userIsStaff(user)) return true
  return { _status: { equals: 'published' } }
}
