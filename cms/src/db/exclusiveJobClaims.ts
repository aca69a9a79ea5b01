import type { sql } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobs, UpdateJobsArgs } from 'payload'

/** The advisory lock every CMS instance on one PostgreSQL database takes to claim jobs. */
const CLAIM_LOCK = 'local-offer:payload-jobs-claim'

type Execute = (query: ReturnType<typeof sql>) => Promise<unknown>
interface DrizzleSessions {
  sessions?: Record<string, { db?: { execute: Execute } }>
}

/**
 * Makes claiming jobs from Payload's queue exclusive, so two runs of a queue at the same instant
 * (two CMS instances' schedulers, or a scheduler and an officer's "run now") never take the same
 * job.
 *
 * Payload 3 claims jobs by *finding* the jobs not yet processing and then *updating* each to
 * `processing: true` (`@payloadcms/drizzle` updateJobs). Two runners asking at once both found the
 * same jobs, both claimed and ran them, and their updates of the same job row raced: one run
 * failed ("Cannot read properties of null (reading 'log')") and the run endpoint answered 500.
 * Upstream fixed it with a breaking change (payloadcms/payload#17441, a per-worker processing
 * token), not in 3.x.
 *
 * Here every claim (an `updateJobs` by `where`, which is how `runJobs` picks its batch) is made
 * one at a time; the runner that comes second finds the jobs already `processing`, takes nothing
 * and reports no jobs (200). Updates of one job by id (progress, completion) are left alone: only
 * the runner that claimed a job writes to it.
 * - PostgreSQL (several instances): a transaction-scoped advisory lock, taken inside the
 *   transaction Payload opens for the claim and held until it commits, so a second claimer, in
 *   any instance, waits those few milliseconds and then sees the first one's claim.
 * - SQLite (one process, and Payload runs it without transactions, so each write is visible as
 *   soon as it is made): claims wait for each other in this process.
 */
export function withExclusiveJobClaims(
  adapter: DatabaseAdapterObj,
  kind: 'postgres' | 'sqlite',
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const updateJobs: UpdateJobs = db.updateJobs
      if (kind === 'postgres') {
        db.updateJobs = async function claimUnderLock(this: typeof db, update: UpdateJobsArgs) {
          if (update.id === undefined) await takeClaimLock(this as DrizzleSessions, update)
          return updateJobs.call(this, update)
        }
      } else {
        let previousClaim: Promise<unknown> = Promise.resolve()
        db.updateJobs = function claimInTurn(this: typeof db, update: UpdateJobsArgs) {
          if (update.id !== undefined) return updateJobs.call(this, update)
          const claim = previousClaim.then(() => updateJobs.call(this, update))
          previousClaim = claim.catch(() => undefined)
          return claim
        }
      }
      return db
    },
  }
}

async function takeClaimLock(db: DrizzleSessions, claim: UpdateJobsArgs): Promise<void> {
  const transactionID = await claim.req?.transactionID
  const session = transactionID == null ? undefined : db.sessions?.[String(transactionID)]
  // Payload opens a transaction for every claim on PostgreSQL (queues/utilities/updateJob); a
  // claim outside one would hold the lock for no time at all, so it is refused rather than raced.
  if (!session?.db) {
    throw new Error('A job claim on PostgreSQL must run in a transaction (exclusive job claims)')
  }
  // Loaded here, not at the top: a SQLite CMS never loads PostgreSQL's drizzle.
  const { sql } = await import('@payloadcms/db-postgres')
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${CLAIM_LOCK}))`)
}
