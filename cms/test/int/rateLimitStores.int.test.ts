import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createSubmissionRateLimiter,
  rateLimitStoreFor,
  type RateLimitStore,
  type SubmissionRateLimiter,
} from '../../src/endpoints/rateLimiter'
import type { TestDatabase } from '../helpers/testDatabase'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Several CMS instances must share one comment count. Two limiters on the same store stand for
 * two CMS processes (each has its own limiter and connection): a burst split across them lets
 * exactly the limit through. Run on this project's database (PostgreSQL's table; SQLite's is
 * memory, shared by nobody) and on the Redis at REDIS_URL (default 127.0.0.1:6379). The database
 * is brought up to date by the committed migrations, as a CMS start does: PostgreSQL's
 * `rate_limits` table comes from a migration, not from the library.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

let t: TestPayload
let db: TestDatabase
const open: SubmissionRateLimiter[] = []

beforeAll(async () => {
  t = await startTestPayload()
  db = t.database
})
afterAll(async () => {
  await Promise.all(open.map((limiter) => limiter.close()))
  await t?.shutdown()
})

const twoInstances = (store: RateLimitStore, keyPrefix: string) => {
  const pair = [1, 2].map(() =>
    createSubmissionRateLimiter({ points: 5, windowSeconds: 600, store, keyPrefix }),
  )
  open.push(...pair)
  return pair as [SubmissionRateLimiter, SubmissionRateLimiter]
}

const burstSplitAcross = async (
  [a, b]: [SubmissionRateLimiter, SubmissionRateLimiter],
  key: string,
) => Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? a : b).attempt(key)))

describe('which store keeps the counts', () => {
  it('is Redis when REDIS_URL is set, else PostgreSQL, else memory', () => {
    expect(rateLimitStoreFor({ redisUrl: REDIS_URL, databaseUrl: 'file:x.db' }).kind).toBe('redis')
    expect(rateLimitStoreFor({ databaseUrl: 'postgres://h/db' })).toEqual({
      kind: 'postgres',
      url: 'postgres://h/db',
    })
    expect(rateLimitStoreFor({ redisUrl: ' ', databaseUrl: 'file:x.db' }).kind).toBe('memory')
    expect(() => rateLimitStoreFor({ redisUrl: 'localhost:6379', databaseUrl: 'file:x' })).toThrow(
      /REDIS_URL must look like redis:\/\//,
    )
  })
})

describe('two instances on one store', () => {
  it('share the limit through Redis', async () => {
    const prefix = `test-${randomBytes(4).toString('hex')}`
    const pair = twoInstances({ kind: 'redis', url: REDIS_URL }, prefix)
    const decisions = await burstSplitAcross(pair, '192.0.2.1')
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
    expect(decisions.find((d) => !d.allowed)?.retryAfterSeconds).toBeGreaterThan(590)
  })

  it('share the limit through this database when it is PostgreSQL (memory: each its own)', async () => {
    const store = rateLimitStoreFor({ databaseUrl: db.url })
    const pair = twoInstances(store, 'comments')
    const decisions = await burstSplitAcross(pair, '192.0.2.2')
    const allowed = decisions.filter((d) => d.allowed).length
    if (db.kind === 'postgres') expect(allowed).toBe(5)
    else expect(allowed).toBe(10) // one process's memory each: why SQLite is single-process only
  })
})
