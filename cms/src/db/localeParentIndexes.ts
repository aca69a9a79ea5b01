/**
 * The tables that hold a field's values one row per value, by the column they point at their
 * parent row with: a localized field's values (`<table>_locales`, one per locale) and a has-many
 * text or number field's (`<table>_texts`, `<table>_numbers`: the vocabularies' keys a listing
 * holds, a sub-category's esd types).
 */
const PARENT_COLUMNS: ReadonlyArray<readonly [suffix: string, column: string]> = [
  ['_locales', '_parent_id'],
  ['_texts', 'parent_id'],
  ['_numbers', 'parent_id'],
]

/** Index names stay within PostgreSQL's 63 characters (the longest locales table is ~42). */
export const localeParentIndexName = (table: string) => `${table.slice(0, 48)}_parent_idx`

/** The tables that hold a field's values by parent row (see PARENT_COLUMNS), with that column. */
export function valueTables<Table>(
  tables: Record<string, Table>,
): Array<[name: string, table: Table, column: string]> {
  return Object.entries(tables).flatMap(([name, table]) => {
    const column = PARENT_COLUMNS.find(([suffix]) => name.endsWith(suffix))?.[1]
    return column ? [[name, table, column] as [string, Table, string]] : []
  })
}

/** The property the table's parent column is under (Payload names `_parent_id` `_parentID`). */
function parentKeyOf(table: object, column: string): string | undefined {
  return Object.entries(table).find(
    ([, value]) =>
      typeof value === 'object' && value !== null && (value as { name?: unknown }).name === column,
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
 *
 * Has-many text and number values (`_texts`, `_numbers`) are indexed the same way: Payload
 * indexes them by `(order, parent_id)`, which cannot find a row's values either. Once the
 * vocabularies' keys became text values, every listing read scanned `services_texts` (90,000 rows
 * at 10,000 listings): the Open Referral API's page of 50 went from 80 to 135 ms (p50, PostgreSQL,
 * quiet machine); the migrations `*_value_parent_indexes` create these.
 *
 * Each adapter's schema hook (`adapters/postgres.ts`, `adapters/sqlite.ts`) calls this with its
 * own dialect's `index`, so neither dialect's drizzle is loaded for the other's database.
 */
export function indexValueParents<Table>(
  tables: Record<string, Table>,
  addIndex: (table: Table, indexName: string, parentKey: string) => void,
): void {
  for (const [name, table, column] of valueTables(tables)) {
    const parent = parentKeyOf(table as object, column)
    if (parent) addIndex(table, localeParentIndexName(name), parent)
  }
}
