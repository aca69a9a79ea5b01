import type { JobsConfig, PayloadRequest } from 'payload'

import { userIsStaff } from '../access/userRoles'

/**
 * The CMS's job queue: who may run, queue and cancel jobs by hand (staff). The tasks themselves
 * and the queues the CMS process runs come with the features that need them (the review
 * reminders plugin adds its daily task).
 */
export function jobsConfig(): JobsConfig {
  const staffOnly = ({ req }: { req: PayloadRequest }) => userIsStaff(req.user)
  return {
    tasks: [],
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
  }
}
