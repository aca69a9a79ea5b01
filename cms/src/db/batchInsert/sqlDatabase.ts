import type { PayloadRequest } from 'payload'

import type { SqlAdapter } from './drizzleInternals'

/** Whether Payload runs on one of its SQL adapters (SQLite, PostgreSQL), which batch inserts use. */
export const isSqlAdapter = (adapter: unknown): adapter is SqlAdapter =>
  typeof adapter === 'object' && adapter !== null && 'tableNameMap' in adapter

/** The database handle Payload's own writes in this request use (its transaction, if any). */
export async function sqlDatabaseOf(
  adapter: SqlAdapter,
  req: Partial<PayloadRequest> | undefined,
): Promise<unknown> {
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const db =
    (transaction !== undefined ? adapter.sessions[transaction]?.db : undefined) ?? adapter.drizzle
  return adapter.primaryDrizzle && db === adapter.drizzle ? adapter.primaryDrizzle : db
}
