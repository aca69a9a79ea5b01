import type { JobsConfig } from 'payload'

import { isStaff } from '../access/roles'

/**
 * The CMS's job queue: who may run, queue and cancel jobs by hand (staff). The tasks themselves
 * and the queues the CMS process runs come with the features that need them (the review
 * reminders plugin adds its daily task).
 */
export function jobsConfig(): JobsConfig {
  const staffOnly = ({ req }: { req: { user?: unknown } }) =>
    isStaff(req.user as Parameters<typeof isStaff>[0])
  return {
    tasks: [],
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
  }
}
