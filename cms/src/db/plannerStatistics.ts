import type { Payload } from 'payload'

import { databaseKindOf } from './databaseAdapter'

/**
 * Gives the SQL database's query planner statistics about the data (ANALYZE). Without them the
 * planner guesses: for each listing in a list, SQLite walked a whole array table in `order` order
 * instead of looking the listing's rows up by parent, and PostgreSQL chose plans that took twice
 * as long (docs/benchmark.md). PostgreSQL's autovacuum refreshes statistics where it is on, but a
 * server may run with it off. Runs on every start, after the migrations; it takes well under a
 * second (SQLite samples with its analysis limit). MongoDB has no planner statistics to refresh.
 */
export async function refreshPlannerStatistics(payload: Payload, url: string): Promise<void> {
  const kind = databaseKindOf(url)
  if (kind === 'sqlite') {
    const { client } = payload.db as unknown as {
      client: { execute: (sql: string) => Promise<unknown> }
    }
    await client.execute('PRAGMA analysis_limit = 1000')
    await client.execute('ANALYZE')
  } else if (kind === 'postgres') {
    const { pool } = payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }
    await pool.query('ANALYZE')
  }
}
