import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { withExclusiveJobClaims } from '../exclusiveJobClaims'
import { indexValueParents } from '../localeParentIndexes'

type SchemaHook = NonNullable<
  NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]
>

/** The parent-column indexes Payload leaves out (`indexValueParents` says why). */
const indexValueParentsSqlite: SchemaHook = ({ extendTable, schema }) => {
  indexValueParents(schema.tables, (table, name, parent) =>
    extendTable({
      // The SQLite adapter's drizzle types come from a second copy of drizzle-orm (installed with
      // other peer versions), so its table type differs from extendTable's by declaration only.
      table: table as unknown as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (columns) => ({ [name]: index(name).on(columns[parent]!) }),
    }),
  )
  return schema
}

/** Creates the folder of a local SQLite file, so the database is made on first run. */
function ensureSqliteFolder(url: string): void {
  if (!url.startsWith('file:')) return
  const file = url.slice('file:'.length).split('?')[0] ?? ''
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/** SQLite, the zero-set-up default: one file, made on first run. */
export function sqliteAdapterFor(url: string, migrationsDir: string): DatabaseAdapterObj {
  ensureSqliteFolder(url)
  return withExclusiveJobClaims(
    sqliteAdapter({
      client: { url },
      push: false,
      busyTimeout: 5_000,
      migrationDir: path.join(migrationsDir, 'sqlite'),
      afterSchemaInit: [indexValueParentsSqlite],
    }),
    'sqlite',
  )
}
