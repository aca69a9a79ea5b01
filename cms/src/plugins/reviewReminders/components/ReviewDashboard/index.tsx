import { reviewStatuses } from '@local-offer/shared'
import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../../access/userRoles'
import { StaffTable, type StaffTableColumn } from '../../../../components/StaffTable'
import type { User } from '../../../../payload-types'
import { reviewDashboardCounts, type ReviewDashboardCounts } from '../../dashboardCounts'
import { dashboardStrings as s } from '../../dashboardStrings'
import { ReviewBarChart } from './ReviewBarChart'

type OrganisationCounts = ReviewDashboardCounts['byOrganisation'][number]

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
        <StaffTable
          className="review-dashboard__table"
          caption={s.byStateCaption}
          rows={bars}
          rowKey={(bar) => bar.label}
          columns={[
            { key: 'state', heading: s.stateColumn, rowHeader: true, cell: (bar) => bar.label },
            { key: 'count', heading: s.countColumn, cell: (bar) => bar.value },
          ]}
        />
      </div>
      {/* Six columns: on a phone the table scrolls in its own box, not the page (WCAG 1.4.10). */}
      <StaffTable
        className="review-dashboard__table"
        caption={s.byOrganisationCaption}
        captionId="review-dashboard-by-organisation"
        scroll
        rows={counts.byOrganisation}
        rowKey={(org) => String(org.id)}
        columns={[
          {
            key: 'organisation',
            heading: s.organisationColumn,
            rowHeader: true,
            cell: (org) => org.name,
          },
          ...reviewStatuses.map((state): StaffTableColumn<OrganisationCounts> => ({
            key: state.value,
            heading: state.label,
            cell: (org) => org.byState[state.value],
          })),
          { key: 'total', heading: s.totalColumn, cell: (org) => org.total },
        ]}
      />
    </section>
  )
}
