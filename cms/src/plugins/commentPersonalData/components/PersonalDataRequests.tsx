import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { PersonalDataSearch } from './PersonalDataSearch'

/**
 * /admin/personal-data: find everything a person sent in comments, then download a copy (subject
 * access request) or erase it (right to erasure). LA staff only; the endpoints check again.
 */
export function PersonalDataRequests({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>Personal data requests</h1>
        {userIsStaff(req.user as User | null) ? (
          <PersonalDataSearch />
        ) : (
          <p>Only LA officers and administrators can use this page.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
