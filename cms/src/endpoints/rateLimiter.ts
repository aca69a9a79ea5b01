import { Redis } from 'ioredis'
import pg from 'pg'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { databaseKindOf } from '../db/databaseAdapter'

export interface RateLimitDecision {
  allowed: boolean
  /** When refused: how long until the client may try again. */
  retryAfterSeconds: number
}

export interface SubmissionRateLimiter {
  /** Which store keeps the counts (see rateLimitStoreFor). */
  store: RateLimitStore['kind']
  /** Counts one attempt from `key` and says whether it is within the limit. */
  attempt: (key: string) => Promise<RateLimitDecision>
  /** Closes the store's connection (tests; the server keeps it for its lifetime). */
  close: () => Promise<void>
}

/**
 * Where the counts live, so that every CMS instance behind a load balancer sees the same count:
 * - `REDIS_URL` set → Redis (several instances; the fastest shared store);
 * - else a PostgreSQL `DATABASE_URL` → a `rate_limits` table in that database (several
 *   instances on one PostgreSQL, no Redis needed);
 * - else (the SQLite default, one process) → this process's memory.
 */
export type RateLimitStore =
  { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'memory' }

export function rateLimitStoreFor(env: {
  redisUrl?: string | undefined
  databaseUrl: string
}): RateLimitStore {
  const redisUrl = env.redisUrl?.trim()
  if (redisUrl) {
    if (!/^rediss?:\/\//i.test(redisUrl)) {
      throw new Error(
        `REDIS_URL must look like redis://127.0.0.1:6379 (or rediss:// for TLS), not "${redisUrl}".`,
      )
    }
    return { kind: 'redis', url: redisUrl }
  }
  if (databaseKindOf(env.databaseUrl) === 'postgres') {
    return { kind: 'postgres', url: env.databaseUrl }
  }
  return { kind: 'memory' }
}

const REDIS_READY_WAIT_MS = 2000

/**
 * The table the PostgreSQL store counts in. It is part of the committed schema (migration
 * `*_rate_limits_table`, the statement rate-limiter-flexible would otherwise run itself at
 * start), so the CMS's database role needs no right to create tables and two instances starting
 * together never race to create it.
 */
export const RATE_LIMIT_TABLE = 'rate_limits'

/**
 * At most `points` attempts per key in each `windowSeconds` (a fixed window that starts with the
 * key's first attempt), counted in `store`.
 *
 * Correct under any number of concurrent requests: in memory the count is read and increased
 * synchronously inside `consume`; Redis increments atomically (a Lua script); PostgreSQL uses
 * one `INSERT … ON CONFLICT DO UPDATE … RETURNING` per attempt. If the shared store cannot be
 * reached, each process falls back to counting in its own memory (the insurance limiter) rather
 * than refusing every comment: the limit then holds per instance until the store is back.
 */
export function createSubmissionRateLimiter(options: {
  points: number
  windowSeconds: number
  store?: RateLimitStore
  /** Keeps different limits apart in a shared store. */
  keyPrefix?: string
}): SubmissionRateLimiter {
  const store = options.store ?? { kind: 'memory' }
  const common = {
    points: options.points,
    duration: options.windowSeconds,
    keyPrefix: options.keyPrefix ?? 'comments',
  }
  const memory = new RateLimiterMemory(common)
  let close = async () => undefined as void
  // The shared store is connected on the first attempt, not when the config is built, so a CMS
  // (or test) that never takes a comment opens no connection.
  let connecting: Promise<RateLimiterAbstract> | undefined
  const connect = async (): Promise<RateLimiterAbstract> => {
    if (store.kind === 'redis') {
      const client = new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
      // Connection errors show as the insurance limiter taking over, not as crashes.
      client.on('error', () => undefined)
      close = async () => {
        client.disconnect()
      }
      // Wait (briefly) for the connection, so the first attempts are counted in Redis too.
      await Promise.race([
        new Promise((resolve) => client.once('ready', resolve)),
        new Promise((resolve) => setTimeout(resolve, REDIS_READY_WAIT_MS).unref()),
      ])
      return new RateLimiterRedis({
        ...common,
        storeClient: client,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    }
    if (store.kind === 'postgres') {
      const pool = new pg.Pool({ connectionString: store.url, max: 4 })
      pool.on('error', () => undefined)
      close = () => pool.end()
      const limiter = new RateLimiterPostgres({
        ...common,
        storeClient: pool,
        tableName: RATE_LIMIT_TABLE,
        // Created by a migration (see RATE_LIMIT_TABLE). If it is missing or the database is
        // unreachable, each attempt fails over to the insurance limiter (this process's memory).
        tableCreated: true,
        insuranceLimiter: memory,
      })
      return limiter
    }
    return memory
  }
  return {
    store: store.kind,
    attempt: async (key) => {
      try {
        connecting ??= connect()
        await (await connecting).consume(key)
        return { allowed: true, retryAfterSeconds: 0 }
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.ceil(refusal.msBeforeNext / 1000) }
        }
        throw refusal
      }
    },
    close: () => close(),
  }
}
