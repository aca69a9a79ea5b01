import type { Access, Where } from 'payload'

import { userIsStaff } from './userRoles'

/**
 * For listings: staff read everything, drafts included; everyone else reads live listings only:
 * published and not withdrawn for want of a review.
 */
export const liveOrStaff: Access = ({ req: { user } }) => {
  if (userIsStaff(user)) return true
  const live: Where = {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [{ reviewStatus: { not_equals: 'withdrawn' } }, { reviewStatus: { exists: false } }],
      },
    ],
  }
  return live
}
