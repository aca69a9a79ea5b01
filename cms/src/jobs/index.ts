import type { JobsConfig, PayloadRequest } from 'payload'

import { userIsStaff } from '../access/userRoles'
import { REVIEW_QUEUE, reviewRemindersTask } from './reviewRemindersTask'

/**
 * The CMS's scheduled work. With `runOnSchedule`, the CMS process checks its queues every minute:
 * the daily review task is queued at its scheduled time and run there and then.
 * Tests leave it off and run the task themselves.
 */
export function jobsConfig(runOnSchedule: boolean): JobsConfig {
  const staffOnly = ({ req }: { req: PayloadRequest }) => userIsStaff(req.user)
  return {
    tasks: [reviewRemindersTask],
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
    autoRun: runOnSchedule ? [{ cron: '* * * * *', queue: REVIEW_QUEUE }] : undefined,
  }
}
