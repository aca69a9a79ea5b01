'use client'
import { Link, useAuth, useConfig } from '@payloadcms/ui'

import { userIsStaff } from '../../../access/userRoles'
import { personalDataStrings as s } from '../../../feedback/strings'
import type { User } from '../../../payload-types'

/** A link to the personal data requests page in the admin navigation, for LA staff. */
export function PersonalDataNavLink() {
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!userIsStaff(user)) return null
  return (
    <Link className="nav__link" href={`${admin}/personal-data`} prefetch={false}>
      <span className="nav__link-label">{s.nav}</span>
    </Link>
  )
}
