import type { TaskConfig } from 'payload'

import { runExclusively } from '../../db/exclusiveRun'
import { runReviewReminders } from './runReviewReminders'

export const REVIEW_QUEUE = 'review-reminders'

/** Every day at 06:00 server time (cron with seconds: s m h dom mon dow). */
export const REVIEW_SCHEDULE_CRON = '0 0 6 * * *'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The daily review-reminder task (see runReviewReminders). Scheduled once a day on its own queue;
 * `today` (yyyy-MM-dd) may be given to run it for another day, as the tests do.
 */
export const reviewRemindersTask: TaskConfig<'reviewReminders'> = {
  slug: 'reviewReminders',
  label: 'Review reminders and withdrawals',
  inputSchema: [
    {
      name: 'today',
      type: 'text',
      admin: { description: 'The day to run for, as yyyy-MM-dd. Leave empty for today.' },
    },
  ],
  outputSchema: [
    { name: 'remindersSent', type: 'number', required: true },
    { name: 'withdrawn', type: 'number', required: true },
    { name: 'statusChanges', type: 'number', required: true },
  ],
  retries: 3,
  schedule: [{ cron: REVIEW_SCHEDULE_CRON, queue: REVIEW_QUEUE }],
  handler: async ({ input, req }) => {
    const today = input?.today?.trim() || undefined
    if (today && !DAY.test(today)) {
      throw new Error(`The review job's "today" must be a date like 2027-03-01, not "${today}".`)
    }
    // Every CMS instance schedules this task; on one PostgreSQL only one run at a time goes
    // ahead (the others skip at once), and a later run the same day finds every reminder claimed
    // and every state written, so it sends and changes nothing (docs/production.md).
    const outcome = await runExclusively(req.payload, 'review-reminders', () =>
      runReviewReminders(req.payload, { today }),
    )
    if (!outcome.ran) {
      req.payload.logger.info('Review run skipped: another CMS instance is running it now')
      return { output: { remindersSent: 0, withdrawn: 0, statusChanges: 0 } }
    }
    const report = outcome.result
    req.payload.logger.info(
      `Review run for ${report.today}: ${report.listingsChecked} listings, ${report.remindersSent} reminders sent, ${report.withdrawn} withdrawn, ${report.statusChanges} status changes`,
    )
    return {
      output: {
        remindersSent: report.remindersSent,
        withdrawn: report.withdrawn,
        statusChanges: report.statusChanges,
      },
    }
  },
}
