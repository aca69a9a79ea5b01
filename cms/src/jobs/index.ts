import type { JobsConfig, PayloadRequest } from 'payload'

import { userIsStaff } from '../access/userRoles'

/** The queue Payload puts scheduled publish and unpublish jobs in (`versions.drafts.schedulePublish`). */
export const SCHEDULED_PUBLISHING_QUEUE = 'default'

/**
 * The CMS's job queue: who may run, queue and cancel jobs by hand (staff), and, in the server
 * process, the queue of scheduled publishing (an officer's "Schedule publish" on a listing or
 * page), checked every minute. Payload runs each scheduled job as the officer who scheduled it,
 * so the listing's hooks (moderation state, audit log, site rebuild) treat it as their publish.
 * The other tasks and their queues come with the features that need them (the review reminders
 * plugin adds its daily task).
 */
export function jobsConfig(options: { runOnSchedule: boolean }): JobsConfig {
  const staffOnly = ({ req }: { req: PayloadRequest }) => userIsStaff(req.user)
  return {
    tasks: [],
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
    autoRun: options.runOnSchedule
      ? [{ cron: '* * * * *', queue: SCHEDULED_PUBLISHING_QUEUE }]
      : [],
  }
}
