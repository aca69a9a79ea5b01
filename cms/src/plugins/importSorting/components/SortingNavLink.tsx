import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { IMPORT_SORTING } from '../ImportSorting'
import { importSortingStrings as s } from '../strings'

/**
 * In the admin navigation, for LA staff only: the way to the imported records waiting for
 * sorting, with how many wait, so a held record is never forgotten in a list nobody opens.
 */
export async function SortingNavLink({ payload, user }: ServerProps) {
  if (!userIsStaff(user as User | undefined)) return null
  const { totalDocs } = await payload.count({
    collection: IMPORT_SORTING,
    where: { status: { equals: 'waiting' } },
    overrideAccess: true,
  })
  const href = `${payload.config.routes.admin}/collections/${IMPORT_SORTING}?where[status][equals]=waiting`
  return (
    <a className="nav__link" href={href}>
      <span className="nav__link-label">{totalDocs > 0 ? s.nav(totalDocs) : s.navNone}</span>
    </a>
  )
}
