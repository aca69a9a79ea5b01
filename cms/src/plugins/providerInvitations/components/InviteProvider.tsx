import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { invitationStrings as s } from '../strings'
import { InviteProviderForm } from './InviteProviderForm'

/**
 * /admin/invite-provider: an LA officer invites a provider (organisation, name, e-mail). Staff
 * only; the endpoint (POST /api/users/invite) checks again.
 */
export async function InviteProvider({
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
  const staff = userIsStaff(req.user as User | null)
  const organisations = staff
    ? await req.payload.find({
        collection: 'organisations',
        sort: 'name',
        limit: 0,
        depth: 0,
        select: { name: true },
        overrideAccess: true,
        req,
      })
    : null
  return (
    <DefaultTemplate {...template}>
      <Gutter className="invite-provider">
        <h1>{s.title}</h1>
        {organisations ? (
          <InviteProviderForm
            organisations={organisations.docs.map((o) => ({ id: o.id, name: o.name }))}
            usersPath={`${req.payload.config.routes.admin}/collections/users`}
          />
        ) : (
          <p>{s.staffOnly}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
