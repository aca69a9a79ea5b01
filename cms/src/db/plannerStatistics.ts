import type { Payload } from 'payload'

import { databaseKindOf } from './databaseAdapter'

/**
 * Gives SQLite's query planner statistics about the data (ANALYZE, with SQLite's sampling limit
 * so it stays quick on a large database). Without them SQLite guesses, and for each listing in a
 * list it walked a whole array table in `order` order instead of looking the listing's rows up by
 * parent: a filtered list of 20 took twice as long at 1,000 listings and grows with the table
 * (docs/benchmark.md). Runs on every start, after the migrations. PostgreSQL keeps its own
 * statistics (autovacuum); MongoDB has no planner statistics to refresh.
 */
export async function refreshPlannerStatistics(payload: Payload, url: string): Promise<void> {
  if (databaseKindOf(url) !== 'sqlite') return
  const { client } = payload.db as unknown as {
    client: { execute: (sql: string) => Promise<unknown> }
  }
  await client.execute('PRAGMA analysis_limit = 1000')
  await client.execute('ANALYZE')
}
