import type { Access } from 'payload'

import { isStaff } from './roles'

/** Staff read everything, drafts included; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}
