import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import type { ReactNode } from 'react'

import { userIsStaff } from '../access/userRoles'
import type { User } from '../payload-types'

/** What a staff-only admin view shows above its own content, and says to anyone else. */
export type StaffAdminPage = {
  title: string
  /** The refusal shown to a signed-in provider (the view's own endpoints check again). */
  staffOnly: string
  className?: string
}

/** What a staff-only admin view's content is drawn from. */
export type StaffAdminContext = {
  payload: Payload
  user: User
  searchParams: AdminViewServerProps['searchParams']
}

/**
 * The frame every staff-only admin view shares: Payload's admin template (navigation, header),
 * the page's heading, and one refusal for anyone who is not LA staff. `render` runs only for
 * staff, so a view's queries never run for a provider.
 */
export async function staffAdminView(
  props: AdminViewServerProps,
  page: StaffAdminPage,
  render: (context: StaffAdminContext) => ReactNode | Promise<ReactNode>,
) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload } = req
  const user = req.user as User | null
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (!userIsStaff(user) || !user) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>{page.title}</h1>
          <p>{page.staffOnly}</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const content = await render({ payload, user, searchParams })
  return (
    <DefaultTemplate {...template}>
      <Gutter className={page.className}>
        <h1>{page.title}</h1>
        {content}
      </Gutter>
    </DefaultTemplate>
  )
}
