import { addDays } from 'date-fns/addDays'
import { subMonths } from 'date-fns/subMonths'
import { describe, expect, it } from 'vitest'

import type { Service } from '../../src/payload-types'
import { reviewDashboardCounts } from '../../src/plugins/reviewReminders/dashboardCounts'
import { runReviewReminders } from '../../src/plugins/reviewReminders/runReviewReminders'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

describe('the officers’ review dashboard', () => {
  it('counts live listings by review state and organisation, and the share reviewed in 12 months', async () => {
    const { t, world } = context
    const today = new Date()
    const publish = (organisation: Service['organisation'], lastReviewed: Date) =>
      t.payload.create({
        collection: 'services',
        data: {
          ...validService(typeof organisation === 'object' ? organisation.id : organisation, {
            lastReviewed: lastReviewed.toISOString(),
          }),
          _status: 'published',
        },
      })
    await publish(world.orgA.id, addDays(subMonths(today, 12), 10)) // due soon
    await publish(world.orgA.id, subMonths(today, 13)) // overdue, inside the grace period
    await publish(world.orgA.id, subMonths(today, 15)) // past the grace period: withdrawn by the job
    await publish(world.orgB.id, subMonths(today, 2)) // current
    await t.payload.create({
      collection: 'services',
      data: { ...validService(world.orgB.id), _status: 'draft' },
      draft: true,
    }) // never published: not counted
    await t.payload.update({
      collection: 'services',
      id: world.draftA.id,
      data: {},
      draft: true,
      context: { moderationAction: 'submit' },
    })
    await runReviewReminders(t.payload, { today })

    const counts = await reviewDashboardCounts(t.payload, today)
    expect(counts.total).toBe(6)
    expect(counts.byState).toEqual({ current: 3, 'due-soon': 1, overdue: 1, withdrawn: 1 })
    expect(counts.byOrganisation).toEqual(
      [
        {
          id: world.orgA.id,
          name: world.orgA.name,
          total: 4,
          byState: { current: 1, 'due-soon': 1, overdue: 1, withdrawn: 1 },
        },
        {
          id: world.orgB.id,
          name: world.orgB.name,
          total: 2,
          byState: { current: 2, 'due-soon': 0, overdue: 0, withdrawn: 0 },
        },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    )
    expect(counts.reviewedInLast12Months).toBe(4)
    expect(counts.shareReviewedInLast12Months).toBeCloseTo(4 / 6)
    expect(counts.awaitingModeration).toBe(1)
  })
})
