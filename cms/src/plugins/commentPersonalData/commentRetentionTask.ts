import type { TaskConfig } from 'payload'

import { runCommentRetention } from './runCommentRetention'

export const RETENTION_QUEUE = 'comment-retention'

/** Every day at 03:00 server time (cron with seconds), before the review job at 06:00. */
export const RETENTION_SCHEDULE_CRON = '0 0 3 * * *'

/**
 * The daily comment retention task (see runCommentRetention). `now` (an ISO date and time) may be
 * given to run it as of another moment, as the tests do.
 */
export const commentRetentionTask: TaskConfig<'commentRetention'> = {
  slug: 'commentRetention',
  label: 'Delete what commenters wrote after the retention period',
  inputSchema: [
    {
      name: 'now',
      type: 'text',
      admin: { description: 'Run as of this date and time (ISO 8601). Leave empty for now.' },
    },
  ],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'deleted', type: 'number', required: true },
  ],
  retries: 3,
  schedule: [{ cron: RETENTION_SCHEDULE_CRON, queue: RETENTION_QUEUE }],
  handler: async ({ input, req }) => {
    const given = input?.now?.trim()
    const now = given ? new Date(given) : new Date()
    if (Number.isNaN(now.getTime())) {
      throw new Error(
        `The retention job's "now" must be a date and time like 2027-03-01T03:00:00Z, not "${given}".`,
      )
    }
    const report = await runCommentRetention(req.payload, { now })
    req.payload.logger.info(
      `Comment retention as of ${report.now}: ${report.checked} comments still hold what was written, ${report.deleted} deleted`,
    )
    return { output: { checked: report.checked, deleted: report.deleted } }
  },
}
