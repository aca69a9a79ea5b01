import type { Payload } from 'payload'

/**
 * Gives the SQL database's query planner statistics about the data (ANALYZE). Without them the
 * planner guesses: for each listing in a list, SQLite walked a whole array table in `order` order
 * instead of looking the listing's rows up by parent, and PostgreSQL chose plans that took twice
 * as long (docs/benchmark.md). PostgreSQL's autovacuum refreshes statistics where it is on, but a
 * server may run with it off. Runs on every start, after the migrations; it takes well under a
 * second (SQLite samples with its analysis limit). MongoDB has no planner statistics to refresh.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  // The adapters' own names: 'sqlite', 'postgres', 'mongoose'.
  const kind = payload.db.name
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

/** The first refresh, in rows written; each later one comes when the count has doubled. */
const FIRST_REFRESH_AFTER = 100

/**
 * For a bulk write that grows tables from (nearly) empty: call it after each committed batch with
 * the rows written so far, and it refreshes the planner statistics each time that count doubles
 * (100, 200, 400…), so a load of N rows refreshes them about log₂(N / 100) times.
 *
 * Why: PostgreSQL checks every inserted array row's foreign key with a plan it keeps for the
 * connection, made from the statistics of the moment. Taken on empty tables (the CMS's start),
 * they make that plan read the whole parent table, so each listing written cost more than the
 * last: at 5,000 listings one loader had read `services` 117,000 times, 310 million rows, and
 * wrote 40 listings a second; after one ANALYZE, 88 (docs/benchmark.md). Autovacuum would refresh
 * them, where it is on; this server runs with it off, and a council's may too. A refresh
 * invalidates the kept plans of every connection, the other loaders' included.
 *
 * Not for an officer's saves: the CMS refreshes the statistics at start, and a database grows
 * through saves slowly enough for autovacuum.
 */
export function plannerStatisticsKeptFresh(
  payload: Payload,
  firstAfter = FIRST_REFRESH_AFTER,
): (rowsWritten: number) => Promise<void> {
  let nextAfter = firstAfter
  return async (rowsWritten) => {
    if (rowsWritten < nextAfter) return
    while (nextAfter <= rowsWritten) nextAfter *= 2
    await refreshPlannerStatistics(payload)
  }
}
