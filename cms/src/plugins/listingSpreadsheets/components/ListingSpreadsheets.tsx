import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { spreadsheetStrings as s } from '../strings'
import { SpreadsheetTools } from './SpreadsheetTools'

/**
 * /admin/spreadsheets: export listings to CSV, download the template, import a CSV after a
 * preview. LA staff only; the endpoints check again.
 */
export function ListingSpreadsheets({
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
      <Gutter className="listing-spreadsheets">
        <h1>{s.title}</h1>
        {userIsStaff(req.user as User | null) ? (
          <SpreadsheetTools moderationPath={`${req.payload.config.routes.admin}/moderation`} />
        ) : (
          <p>{s.staffOnly}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
