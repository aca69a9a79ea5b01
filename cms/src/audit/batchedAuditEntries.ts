import type { PayloadRequest } from 'payload'

import {
  collectionTableName,
  insertDocuments,
  isSqlAdapter,
  sqlDatabaseOf,
} from '../db/batchInsert'
import { requestBatch } from '../db/requestBatch'
import type { AuditLogData } from './recordAudit'

type StoredEntry = AuditLogData & { createdAt: string; updatedAt: string }

const COLLECTION = 'audit-log'

/**
 * Audit entries recorded during one long piece of work (a bulk load's thousands of "published"
 * entries), written together at its end: on SQLite and PostgreSQL one multi-row insert, where
 * each entry alone was a create of its own (its statements and Payload's create around them).
 * The entries go into the same transaction as the work; if the work fails, none are written.
 */
const batch = requestBatch<StoredEntry>()

/** Where `recordAudit` puts its entry instead of writing it, inside `withAuditEntriesBatched`. */
export function batchedAuditEntries(
  req: Partial<PayloadRequest> | undefined,
): { push: (entry: AuditLogData) => void } | undefined {
  const entries = batch.collector(req)
  if (!entries) return undefined
  return {
    push: (entry) => {
      // Each entry keeps the time it was recorded, as its own create would have.
      const now = new Date().toISOString()
      entries.push({ ...entry, createdAt: now, updatedAt: now })
    },
  }
}

/** Runs `work`, then writes every audit entry it recorded at once (nested calls join the outer). */
export function withAuditEntriesBatched<T>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> {
  return batch.run(req, work, (entries) => writeEntries(req, entries))
}

async function writeEntries(req: PayloadRequest, entries: readonly StoredEntry[]): Promise<void> {
  if (entries.length === 0) return
  const { payload } = req
  const collection = payload.collections[COLLECTION].config
  const hasHooks = Object.values(collection.hooks).some(
    (hooks) => Array.isArray(hooks) && hooks.length > 0,
  )
  const adapter = payload.db
  // A hook on the audit log (none today) would be skipped by a plain insert: then each entry goes
  // through Payload's create, as it does on MongoDB.
  if (!isSqlAdapter(adapter) || hasHooks) {
    for (const { createdAt: _createdAt, updatedAt: _updatedAt, ...data } of entries) {
      await payload.create({
        collection: COLLECTION,
        overrideAccess: true,
        depth: 0,
        select: { action: true },
        req,
        data,
      })
    }
    return
  }
  await insertDocuments({
    adapter,
    db: await sqlDatabaseOf(adapter, req),
    tableName: collectionTableName(adapter, COLLECTION),
    fields: collection.flattenedFields,
    documents: entries,
  })
}
