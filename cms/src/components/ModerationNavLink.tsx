'use client'
import { Link, useAuth, useConfig } from '@payloadcms/ui'

import { userIsStaff } from '../access/userRoles'
import { moderationStrings as s } from '../moderation/strings'
import type { User } from '../payload-types'

/** A link to the moderation queue in the admin navigation, for LA staff. */
export function ModerationNavLink() {
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!userIsStaff(user)) return null
  return (
    <Link className="nav__link moderation-nav-link" href={`${admin}/moderation`} prefetch={false}>
      <span className="nav__link-label">{s.navLink}</span>
    </Link>
  )
}
