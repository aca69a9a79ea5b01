import { subMonths } from 'date-fns/subMonths'
import type { Payload, TaskConfig } from 'payload'

import { dayInEngland } from './recordSearchMiss'
import { SEARCH_MISSES_SLUG } from './SearchMisses'

export const SEARCH_MISS_QUEUE = 'search-miss-retention'

/** How long the counts are kept: a year is enough to see a pattern and to write the yearly report. */
export const SEARCH_MISS_RETENTION_MONTHS = 12

/** The first day still kept as of `now`: days before it are deleted. */
export const firstDayKept = (now: Date): string =>
  dayInEngland(subMonths(now, SEARCH_MISS_RETENTION_MONTHS))

/** Deletes the counts of days more than 12 months before `now`; says how many rows went. */
export async function deleteOldSearchMisses(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: SEARCH_MISSES_SLUG,
    where: { day: { less_than: firstDayKept(now) } },
    depth: 0,
  })
  return docs.length
}

/** Every day at 03:10 server time (cron with seconds), after the comment retention job. */
export const SEARCH_MISS_RETENTION_CRON = '0 10 3 * * *'

/** The daily job (the same pattern as the comment retention job); `now` as in that one. */
export const searchMissRetentionTask: TaskConfig<'searchMissRetention'> = {
  slug: 'searchMissRetention',
  label: 'Delete counts of searches that found nothing after 12 months',
  inputSchema: [
    {
      name: 'now',
      type: 'text',
      admin: { description: 'Run as of this date and time (ISO 8601). Leave empty for now.' },
    },
  ],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 3,
  schedule: [{ cron: SEARCH_MISS_RETENTION_CRON, queue: SEARCH_MISS_QUEUE }],
  handler: async ({ input, req }) => {
    const given = input?.now?.trim()
    const now = given ? new Date(given) : new Date()
    if (Number.isNaN(now.getTime())) {
      throw new Error(
        `The job's "now" must be a date and time like 2027-03-01T03:00:00Z, not "${given}".`,
      )
    }
    const deleted = await deleteOldSearchMisses(req.payload, now)
    req.payload.logger.info(
      `Searches that found nothing: ${deleted} counts older than 12 months deleted`,
    )
    return { output: { deleted } }
  },
}
