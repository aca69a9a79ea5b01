import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { reviewRemindersPlugin } from '../../src/plugins/reviewReminders'
import { REVIEW_QUEUE } from '../../src/plugins/reviewReminders/reviewRemindersTask'

const baseConfig = (): Config =>
  ({
    collections: [{ slug: 'services', fields: [] }],
    admin: { components: { beforeDashboard: ['/components/Other#Other'] } },
    jobs: { tasks: [] },
  }) as unknown as Config

describe('reviewRemindersPlugin', () => {
  it('adds the reminder log collection, the daily task and the review dashboard after what is there', () => {
    const config = reviewRemindersPlugin({ runOnSchedule: false })(baseConfig()) as Config
    expect(config.collections?.map(({ slug }) => slug)).toEqual(['services', 'review-reminders'])
    expect(config.jobs?.tasks?.map(({ slug }) => slug)).toEqual(['reviewReminders'])
    expect(config.admin?.components?.beforeDashboard).toEqual([
      '/components/Other#Other',
      '/plugins/reviewReminders/components/ReviewDashboard#ReviewDashboard',
    ])
  })

  it('runs the review queue every minute in this process only when asked to', () => {
    const off = reviewRemindersPlugin({ runOnSchedule: false })(baseConfig()) as Config
    expect(off.jobs?.autoRun).toBeUndefined()
    const on = reviewRemindersPlugin({ runOnSchedule: true })(baseConfig()) as Config
    expect(on.jobs?.autoRun).toEqual([{ cron: '* * * * *', queue: REVIEW_QUEUE }])
  })
})
