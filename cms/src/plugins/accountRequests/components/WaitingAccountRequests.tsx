import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { accountRequestStrings as s } from '../strings'

/** On the officers' dashboard: how many organisations wait for an account, and the way to them. */
export async function WaitingAccountRequests({ payload, user }: ServerProps) {
  if (!userIsStaff(user as User | undefined)) return null
  const { totalDocs } = await payload.count({
    collection: 'account-requests',
    where: { status: { equals: 'waiting' } },
    overrideAccess: true,
  })
  const href = `${payload.config.routes.admin}/collections/account-requests?where[status][equals]=waiting`
  return (
    <section className="review-dashboard" aria-labelledby="account-requests-title">
      <h2 id="account-requests-title">{s.dashboardTitle}</h2>
      <p>
        {totalDocs === 0 ? s.dashboardNone : <strong>{s.dashboardWaiting(totalDocs)}</strong>}{' '}
        {totalDocs > 0 && <a href={href}>{s.dashboardLink}</a>}
      </p>
    </section>
  )
}
