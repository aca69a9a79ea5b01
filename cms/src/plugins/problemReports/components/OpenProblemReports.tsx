import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { problemReportStrings as s } from '../strings'

/** On the officers' dashboard: how many problem reports are open, and the way to them. */
export async function OpenProblemReports({ payload, user }: ServerProps) {
  if (!userIsStaff(user as User | undefined)) return null
  const { totalDocs } = await payload.count({
    collection: 'problem-reports',
    where: { status: { equals: 'open' } },
    overrideAccess: true,
  })
  const href = `${payload.config.routes.admin}/collections/problem-reports?where[status][equals]=open`
  return (
    <section className="review-dashboard" aria-labelledby="problem-reports-title">
      <h2 id="problem-reports-title">{s.dashboardTitle}</h2>
      <p>
        {totalDocs === 0 ? s.dashboardNone : <strong>{s.dashboardOpen(totalDocs)}</strong>}{' '}
        {totalDocs > 0 && <a href={href}>{s.dashboardLink}</a>}
      </p>
    </section>
  )
}
