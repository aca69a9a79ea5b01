import type { Payload } from 'payload'
import type { Pool } from 'pg'

export type ExclusiveOutcome<T> = { ran: true; result: T } | { ran: false }

/** Runs of `name` in progress in this process (the only lock a single-process store needs). */
const runningHere = new Set<string>()

function postgresPoolOf(payload: Payload): Pool | undefined {
  const db = payload.db as unknown as { name?: string; pool?: Pool }
  return db.name === 'postgres' ? db.pool : undefined
}

/**
 * Runs `work` unless a run of the same `name` is already going on, here or (on PostgreSQL) in any
 * CMS instance on the same database; then it returns `{ ran: false }` at once, without waiting.
 *
 * PostgreSQL: a session advisory lock (`pg_try_advisory_lock`) held on one pooled connection for
 * the run. PostgreSQL releases it when the connection closes, so a CMS that is killed mid-run
 * frees it at once and the next scheduled run goes ahead. SQLite (one process by design) and
 * MongoDB use the in-process lock only.
 */
export async function runExclusively<T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
): Promise<ExclusiveOutcome<T>> {
  if (runningHere.has(name)) return { ran: false }
  runningHere.add(name)
  try {
    const pool = postgresPoolOf(payload)
    if (!pool) return { ran: true, result: await work() }
    const client = await pool.connect()
    let locked = false
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [`local-offer:${name}`],
      )
      locked = rows[0]?.locked === true
      if (!locked) return { ran: false }
      return { ran: true, result: await work() }
    } finally {
      if (locked) {
        await client
          .query('SELECT pg_advisory_unlock(hashtext($1))', [`local-offer:${name}`])
          .catch(() => undefined)
      }
      client.release()
    }
  } finally {
    runningHere.delete(name)
  }
}
