import type { ServerProps } from 'payload'

import { organisationOf, userIsProvider } from '../../access/userRoles'
import type { User } from '../../payload-types'
import { providerListings } from '../providerListings'
import { providerDashboardStrings as s } from '../strings'
import { ConfirmStillCorrect } from './ConfirmStillCorrect'

/**
 * A provider's dashboard is their to-do list (issue 12 item 5): their organisation's listings,
 * most urgent first, each with one status and one action. Only providers see it; officers have
 * the review dashboard and the moderation queue instead.
 */
export async function ProviderDashboard({ payload, user }: ServerProps) {
  const provider = user as User | undefined
  if (!provider || !userIsProvider(provider)) return null
  const admin = payload.config.routes.admin
  const editUrl = (id: string | number) => `${admin}/collections/services/${id}`
  const organisationId = organisationOf(provider)
  if (organisationId === undefined) {
    return (
      <section className="provider-dashboard" aria-labelledby="provider-dashboard-title">
        <h2 id="provider-dashboard-title">{s.title}</h2>
        <p>{s.noOrganisation}</p>
      </section>
    )
  }
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  const rows = await providerListings(payload, provider)
  return (
    <section className="provider-dashboard" aria-labelledby="provider-dashboard-title">
      <h2 id="provider-dashboard-title">{s.title}</h2>
      <p>{s.intro(organisation?.name ?? '')}</p>
      {rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <table className="provider-dashboard__table">
          <caption className="provider-dashboard__caption">{s.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.listingColumn}</th>
              <th scope="col">{s.statusColumn}</th>
              <th scope="col">{s.actionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.name || s.untitled
              return (
                <tr key={String(row.id)} data-status={row.status.kind}>
                  <th scope="row">
                    <a href={editUrl(row.id)}>{name}</a>
                  </th>
                  <td>{row.status.label}</td>
                  <td>
                    {row.status.action.kind === 'confirm' ? (
                      <ConfirmStillCorrect
                        id={row.id}
                        label={row.status.action.label}
                        listingName={name}
                      />
                    ) : (
                      <a href={editUrl(row.id)} className="provider-dashboard__action">
                        {row.status.action.label}
                        <span className="visually-hidden">{s.forListing(name)}</span>
                      </a>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p>
        <a href={`${admin}/collections/services/create`}>{s.addListing}</a>
      </p>
    </section>
  )
}
