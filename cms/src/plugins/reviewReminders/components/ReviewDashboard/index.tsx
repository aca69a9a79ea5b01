import { reviewStatuses } from '@local-offer/shared'
import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../../access/userRoles'
import type { User } from '../../../../payload-types'
import { reviewDashboardCounts } from '../../dashboardCounts'
import { dashboardStrings as s } from '../../dashboardStrings'
import { ReviewBarChart } from './ReviewBarChart'

/**
 * On the admin dashboard, for LA staff: published listings by review state (chart and table),
 * by organisation (table), the share reviewed in the last 12 months, and the moderation queue.
 */
export async function ReviewDashboard({ payload, user }: ServerProps) {
  if (!userIsStaff(user as User | undefined)) return null
  const counts = await reviewDashboardCounts(payload)
  const bars = reviewStatuses.map((state) => ({
    label: state.label,
    value: counts.byState[state.value],
  }))
  const percent = Math.round(counts.shareReviewedInLast12Months * 100)
  return (
    <section className="review-dashboard" aria-labelledby="review-dashboard-title">
      <h2 id="review-dashboard-title">{s.title}</h2>
      <p>{s.intro}</p>
      <p>
        <strong>{s.reviewedShare(counts.reviewedInLast12Months, counts.total, percent)}</strong>
      </p>
      <p>
        {s.awaiting(counts.awaitingModeration)}{' '}
        <a href={`${payload.config.routes.admin}/moderation`}>{s.openQueue}</a>
      </p>
      <div className="review-dashboard__overview">
        <ReviewBarChart
          title={s.chartTitle}
          description={s.chartDescription(bars.map((b) => `${b.label}: ${b.value}`).join('; '))}
          bars={bars}
        />
        <table className="review-dashboard__table">
          <caption>{s.byStateCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.stateColumn}</th>
              <th scope="col">{s.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Six columns: on a phone the table scrolls in its own box, not the page (WCAG 1.4.10). */}
      <div
        className="review-dashboard__scroll"
        role="region"
        aria-labelledby="review-dashboard-by-organisation"
        tabIndex={0}
      >
        <table className="review-dashboard__table">
          <caption id="review-dashboard-by-organisation">{s.byOrganisationCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.organisationColumn}</th>
              {reviewStatuses.map((state) => (
                <th scope="col" key={state.value}>
                  {state.label}
                </th>
              ))}
              <th scope="col">{s.totalColumn}</th>
            </tr>
          </thead>
          <tbody>
            {counts.byOrganisation.map((org) => (
              <tr key={String(org.id)}>
                <th scope="row">{org.name}</th>
                {reviewStatuses.map((state) => (
                  <td key={state.value}>{org.byState[state.value]}</td>
                ))}
                <td>{org.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
