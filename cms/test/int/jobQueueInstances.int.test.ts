import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../src/db/databaseAdapter'
import { createLocalOfferConfig } from '../../src/payload.config'
import { REVIEW_QUEUE } from '../../src/plugins/reviewReminders/reviewRemindersTask'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Two runs of the job queue at the same instant, as two CMS instances' schedulers (or a
 * scheduler and an officer's "run now") make them. On PostgreSQL each run comes from its own
 * Payload instance on the one database, as two CMS processes are; SQLite is one process by
 * design, so there both runs come from the one instance.
 *
 * Payload 3 claims jobs by a find and then an update: two runners at once both claimed the same
 * jobs, ran them twice and raced on the job rows, and one of the two runs failed (the 500 the
 * two-instance browser test saw once in three CI runs). Every claim now takes a lock for the
 * length of its transaction (src/db/exclusiveJobClaims.ts): each job runs once, and the run
 * that comes second finds nothing to do.
 */
const ROUNDS = 10
const JOBS_PER_ROUND = 2

let t: TestPayload
let second: Payload

beforeAll(async () => {
  t = await startTestPayload()
  if (t.database.kind === 'postgres') {
    const config = await createLocalOfferConfig({
      databaseUrl: t.database.url,
      secret: `test-secret-${randomUUID()}`,
      mediaDir: t.database.mediaDir,
      runScheduledJobs: false,
    })
    second = await getPayload({ config, key: randomUUID(), disableOnInit: false })
  } else {
    second = t.payload
  }
})

afterAll(async () => {
  if (second && second !== t?.payload) await closeDatabase(second)
  await t?.shutdown()
})

describe('two runs of the job queue at once', () => {
  it('never fail, and run each job exactly once between them', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const queued: (string | number)[] = []
      // As each instance's scheduler queues the day's run: two jobs for the same day.
      for (let i = 0; i < JOBS_PER_ROUND; i++) {
        const job = await t.payload.jobs.queue({
          task: 'reviewReminders',
          input: { today: '2027-01-04' },
          queue: REVIEW_QUEUE,
        })
        queued.push(job.id)
      }
      const runs = await Promise.allSettled(
        [t.payload, second].map((payload) => payload.jobs.run({ queue: REVIEW_QUEUE, limit: 10 })),
      )
      const failures = runs.flatMap((run) =>
        run.status === 'rejected' ? [String(run.reason)] : [],
      )
      expect(failures, `round ${round}`).toEqual([])
      const ran = runs.flatMap((run) =>
        run.status === 'fulfilled' ? Object.keys(run.value.jobStatus ?? {}) : [],
      )
      // Each queued job ran in one of the two runs, never in both.
      expect(ran.map(String).sort(), `round ${round}`).toEqual(queued.map(String).sort())
      const jobs = await t.payload.find({
        collection: 'payload-jobs',
        where: { id: { in: queued } },
        depth: 0,
      })
      for (const job of jobs.docs) {
        expect(job.completedAt, `job ${job.id}`).toBeTruthy()
        expect(job.hasError, `job ${job.id}`).toBeFalsy()
        expect(job.log, `job ${job.id} ran once`).toHaveLength(1)
      }
    }
  })
})
