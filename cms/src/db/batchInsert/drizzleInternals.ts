/**
 * Payload's SQL adapters (SQLite, PostgreSQL) build a document's rows with `transformForWrite` and
 * insert array rows for many parents at once with `insertArrays`. Both live in
 * `@payloadcms/drizzle`, which does not export them, so they are loaded from its files here: the
 * batch writers (`insertDocuments`: bulk listings, batched audit entries) then write a batch of
 * documents' rows exactly as Payload's `create` would write each, one multi-row insert per table. If a Payload upgrade moves them, loading fails with a
 * message saying so, and `scripts/test/bulkListings.int.test.ts` fails.
 *
 * Only what the batch inserts use is typed.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { FlattenedField } from 'payload'

type Row = Record<string, unknown>

export interface ArrayRowToInsert {
  arrays: Record<string, ArrayRowToInsert[]>
  arraysToPush: Record<string, ArrayRowToInsert[]>
  locales: Record<string, Row>
  row: Row
}

export interface RowToInsert {
  arrays: Record<string, ArrayRowToInsert[]>
  arraysToPush: Record<string, ArrayRowToInsert[]>
  blocks: Record<string, unknown[]>
  locales: Record<string, Row>
  numbers: Row[]
  relationships: Row[]
  relationshipsToAppend: unknown[]
  row: Row
  selects: Record<string, Row[]>
  texts: Row[]
}

/** The part of Payload's SQL adapter the batch inserts use. */
export interface SqlAdapter {
  /** 'sqlite' or 'postgres'. */
  name: string
  insert: (args: { db: unknown; tableName: string; values: Row | Row[] }) => Promise<Row[]>
  /** The drizzle table of each table name. */
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  localesSuffix: string
  relationshipsSuffix: string
  versionsSuffix: string
  drizzle: unknown
  primaryDrizzle?: unknown
  sessions: Record<string | number, { db: unknown } | undefined>
}

export interface DrizzleInternals {
  transformForWrite: (args: {
    adapter: SqlAdapter
    data: Row
    enableAtomicWrites?: boolean
    fields: FlattenedField[]
    tableName: string
  }) => RowToInsert
  insertArrays: (args: {
    adapter: SqlAdapter
    arrays: Record<string, ArrayRowToInsert[]>[]
    db: unknown
    parentRows: Row[]
    uuidMap?: Record<string, unknown>
  }) => Promise<void>
}

let loading: Promise<DrizzleInternals> | undefined

/** Where `@payloadcms/drizzle`'s compiled files are (it comes with Payload's SQL adapters). */
function drizzleDistDir(): string {
  const fromCms = createRequire(import.meta.url)
  const sqliteAdapter = fromCms.resolve('@payloadcms/db-sqlite')
  return path.dirname(createRequire(sqliteAdapter).resolve('@payloadcms/drizzle'))
}

async function load(): Promise<DrizzleInternals> {
  const dist = drizzleDistDir()
  const from = async (file: string, name: string): Promise<unknown> => {
    const module = (await import(pathToFileURL(path.join(dist, file)).href)) as Record<
      string,
      unknown
    >
    if (typeof module[name] !== 'function') {
      throw new Error(
        `@payloadcms/drizzle no longer has ${name} in ${file}: the batch inserts (cms/src/db/batchInsert) must be brought up to date with Payload.`,
      )
    }
    return module[name]
  }
  return {
    transformForWrite: (await from(
      'transform/write/index.js',
      'transformForWrite',
    )) as DrizzleInternals['transformForWrite'],
    insertArrays: (await from(
      'upsertRow/insertArrays.js',
      'insertArrays',
    )) as DrizzleInternals['insertArrays'],
  }
}

export function drizzleInternals(): Promise<DrizzleInternals> {
  loading ??= load()
  return loading
}
