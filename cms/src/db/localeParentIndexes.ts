import type { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<
  NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]
>
type SqliteSchemaHook = NonNullable<
  NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]
>

/** The column every `<table>_locales` table points at its row with. */
const PARENT_COLUMN = '_parent_id'

/** Index names stay within PostgreSQL's 63 characters (the longest locales table is ~42). */
export const localeParentIndexName = (table: string) => `${table.slice(0, 48)}_parent_idx`

/** The tables that hold a localized field's values: one row per locale and parent row. */
export function localesTables<Table>(tables: Record<string, Table>): Array<[string, Table]> {
  return Object.entries(tables).filter(([name]) => name.endsWith('_locales'))
}

/** The property the table's `_parent_id` column is under (Payload names it `_parentID`). */
function parentKeyOf(table: object): string | undefined {
  return Object.entries(table).find(
    ([, value]) =>
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === PARENT_COLUMN,
  )?.[0]
}

/**
 * An index on `_parent_id` for every `_locales` table, the one Payload leaves out. Payload reads
 * a localized field's values by parent (`… where _parent_id = <row>`), but indexes those tables
 * only by `(_locale, _parent_id)`, which PostgreSQL cannot use for that: it scanned the whole
 * table for every contact, venue and opening time of every listing read, so the Open Referral
 * API's page of 50 took 500 ms at 1,000 listings and grew with every listing (EXPLAIN ANALYZE in
 * docs/benchmark.md); with the index, 20 ms. Added to the schema here, for every collection,
 * global and version table at once, so a new localized array is indexed without a change here;
 * the migrations `*_locale_parent_indexes` create them in existing databases.
 */
export const indexLocaleParentsPostgres: PostgresSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of localesTables(schema.tables)) {
    const parent = parentKeyOf(table)
    if (!parent) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [localeParentIndexName(name)]: pgIndex(localeParentIndexName(name)).on(columns[parent]!),
      }),
    })
  }
  return schema
}

/** The same indexes for SQLite (see indexLocaleParentsPostgres). */
export const indexLocaleParentsSqlite: SqliteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of localesTables(schema.tables)) {
    const parent = parentKeyOf(table)
    if (!parent) continue
    extendTable({
      // The SQLite adapter's drizzle types come from a second copy of drizzle-orm (installed with
      // other peer versions), so its table type differs from extendTable's by declaration only.
      table: table as unknown as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (columns) => ({
        [localeParentIndexName(name)]: sqliteIndex(localeParentIndexName(name)).on(
          columns[parent]!,
        ),
      }),
    })
  }
  return schema
}
