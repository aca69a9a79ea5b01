import type { FlattenedField } from 'payload'

import { drizzleInternals, type RowToInsert, type SqlAdapter } from './drizzleInternals'
import { writeRows } from './writeRows'

type Row = Record<string, unknown>

/**
 * The adapter, but its inserts do not read the rows back (Payload's insert ends in `returning()`,
 * every column of every row). A batch of listings writes thousands of side-table rows (vocabulary
 * keys, locales, opening days…), and reading them all back cost a loader about a tenth of its
 * time. Only array rows' ids are used afterwards (nested arrays hang from them, not from locale
 * rows), and Payload gives array rows their ids before they are written; array rows that come
 * without ids are read back as before.
 */
function withoutReadingBack(adapter: SqlAdapter): SqlAdapter {
  return {
    ...adapter,
    insert: async (args) => {
      const rows = Array.isArray(args.values) ? args.values : [args.values]
      const readBackNeeded =
        !args.tableName.endsWith(adapter.localesSuffix) &&
        rows.some((row) => row.id === undefined || row.id === null)
      if (readBackNeeded) return adapter.insert(args)
      await writeRows(adapter, args.db, args.tableName, rows)
      return rows
    },
  }
}

const hasSideRows = (r: RowToInsert) =>
  Object.keys(r.locales).length > 0 ||
  r.relationships.length > 0 ||
  r.texts.length > 0 ||
  r.numbers.length > 0 ||
  Object.keys(r.arrays).length > 0 ||
  Object.keys(r.selects).length > 0

/**
 * Inserts new documents into one collection's (or version collection's) tables as Payload's
 * `create` writes each (its `upsertRow`), but a batch at a time: the main rows in one insert, then
 * each side table (locales, relationships, texts, numbers, arrays and their locales, selects) in
 * one insert for the whole batch. `keyOf` names each main row by a value unique in the batch, to
 * match the ids the database gives back with the documents (the order rows come back in is not
 * promised); it returns the inserted main rows in the order of `documents`. Documents with nothing
 * outside their main row (no localized fields, arrays or many-valued fields: audit entries) need
 * no `keyOf`, and then the rows come back in the database's order.
 */
export async function insertDocuments({
  adapter,
  db,
  tableName,
  fields,
  documents,
  keyOf,
}: {
  adapter: SqlAdapter
  db: unknown
  tableName: string
  fields: FlattenedField[]
  documents: readonly Row[]
  keyOf?: (row: Row) => unknown
}): Promise<Row[]> {
  if (documents.length === 0) return []
  const { transformForWrite, insertArrays } = await drizzleInternals()
  const rows = documents.map((data) =>
    transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }),
  )
  for (const row of rows) {
    if (Object.keys(row.blocks).length > 0) {
      throw new Error(`Bulk writes do not handle blocks (${tableName}): save these one at a time.`)
    }
  }

  const inserted = await adapter.insert({ db, tableName, values: rows.map((r) => r.row) })
  if (!keyOf) {
    const withSideRows = rows.find((r) => hasSideRows(r))
    if (withSideRows) {
      throw new Error(
        `Documents written into ${tableName} have rows in other tables: give insertDocuments a keyOf to match them with their main rows.`,
      )
    }
    return inserted
  }
  const byKey = new Map(inserted.map((row) => [keyOf(row), row]))
  const parents = rows.map((r) => {
    const parent = byKey.get(keyOf(r.row))
    if (!parent) {
      throw new Error(
        `A row inserted into ${tableName} did not come back from the database (key ${String(keyOf(r.row))}).`,
      )
    }
    return parent
  })
  // Nothing written into the side tables is read back (withoutReadingBack).
  const insertAll = async (table: string, values: Row[]) => {
    if (values.length > 0) await writeRows(adapter, db, table, values)
  }

  await insertAll(
    `${tableName}${adapter.localesSuffix}`,
    rows.flatMap((r, i) =>
      Object.entries(r.locales).map(([locale, row]) => ({
        ...row,
        _parentID: parents[i]!.id,
        _locale: locale,
      })),
    ),
  )
  await insertAll(
    `${tableName}${adapter.relationshipsSuffix}`,
    rows.flatMap((r, i) => r.relationships.map((row) => ({ ...row, parent: parents[i]!.id }))),
  )
  await insertAll(
    `${tableName}_texts`,
    rows.flatMap((r, i) => r.texts.map((row) => ({ ...row, parent: parents[i]!.id }))),
  )
  await insertAll(
    `${tableName}_numbers`,
    rows.flatMap((r, i) => r.numbers.map((row) => ({ ...row, parent: parents[i]!.id }))),
  )
  const uuidMap: Record<string, unknown> = {}
  await insertArrays({
    adapter: withoutReadingBack(adapter),
    arrays: rows.map((r) => r.arrays),
    db,
    parentRows: parents,
    uuidMap,
  })
  const selects = new Map<string, Row[]>()
  rows.forEach((r, i) => {
    for (const [table, selectRows] of Object.entries(r.selects)) {
      const into = selects.get(table) ?? []
      for (const row of selectRows) {
        const parent = row.parent === undefined ? parents[i]!.id : row.parent
        into.push({
          ...row,
          parent: typeof parent === 'string' && parent in uuidMap ? uuidMap[parent] : parent,
        })
      }
      selects.set(table, into)
    }
  })
  for (const [table, values] of selects) await insertAll(table, values)
  return parents
}
