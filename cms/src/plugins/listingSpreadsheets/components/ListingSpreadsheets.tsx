import type { AdminViewServerProps } from 'payload'

import { staffAdminView } from '../../../components/staffAdminView'
import { spreadsheetStrings as s } from '../strings'
import { SpreadsheetTools } from './SpreadsheetTools'

/**
 * /admin/spreadsheets: export listings to CSV, download the template, import a CSV after a
 * preview. LA staff only; the endpoints check again.
 */
export function ListingSpreadsheets(props: AdminViewServerProps) {
  return staffAdminView(
    props,
    { title: s.title, staffOnly: s.staffOnly, className: 'listing-spreadsheets' },
    ({ payload }) => (
      <SpreadsheetTools moderationPath={`${payload.config.routes.admin}/moderation`} />
    ),
  )
}
