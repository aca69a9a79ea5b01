'use client'
import { Link, useAuth, useConfig } from '@payloadcms/ui'

import { userIsStaff } from '../access/userRoles'
import type { User } from '../payload-types'

import type { StaffNavLinkProps } from './staffNavLinkEntry'

/**
 * A link to one of our admin views in the admin navigation, shown to LA staff only (the view
 * checks again). Each view registers it with its own path and label (`staffNavLinkEntry`).
 */
export function StaffNavLink({ path, label }: StaffNavLinkProps) {
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!userIsStaff(user)) return null
  return (
    <Link className="nav__link" href={`${admin}${path}`} prefetch={false}>
      <span className="nav__link-label">{label}</span>
    </Link>
  )
}
