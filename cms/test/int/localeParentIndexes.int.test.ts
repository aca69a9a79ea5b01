import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Every `_locales` table is indexed by `_parent_id`, and every `_texts` table by `parent_id`, once
 * the migrations have run: Payload reads a localized field's values, and a has-many text field's,
 * by parent, and without these indexes PostgreSQL scanned the whole table for each listing read
 * (docs/benchmark.md, issue 14 item 5).
 */
let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.shutdown())

interface PgDb {
  drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> }
}
interface SqliteDb {
  drizzle: { all: (q: unknown) => Promise<unknown[]> }
}

async function rows(query: string): Promise<Array<Record<string, unknown>>> {
  if (t.database.kind === 'postgres') {
    const result = await (t.payload.db as unknown as PgDb).drizzle.execute(postgresSql.raw(query))
    return result.rows as Array<Record<string, unknown>>
  }
  return (await (t.payload.db as unknown as SqliteDb).drizzle.all(sqliteSql.raw(query))) as Array<
    Record<string, unknown>
  >
}

/** The tables named `…<suffix>` and, for each, the first column of each of its indexes. */
async function firstIndexColumns(suffix: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  if (t.database.kind === 'postgres') {
    const indexes = await rows(
      `select t.relname as "table", a.attname as "first"
       from pg_class t
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
       left join pg_index i on i.indrelid = t.oid
       left join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
       where t.relkind = 'r' and t.relname like '%\\${suffix}'`,
    )
    for (const { table, first } of indexes) {
      const list = found.get(String(table)) ?? []
      if (first) list.push(String(first))
      found.set(String(table), list)
    }
    return found
  }
  const tables = await rows(
    `select name from sqlite_master where type = 'table' and name like '%\\${suffix}' escape '\\'`,
  )
  for (const { name } of tables) {
    const list: string[] = []
    for (const { name: index } of await rows(`pragma index_list("${String(name)}")`)) {
      const [first] = await rows(`pragma index_info("${String(index)}")`)
      if (first?.name) list.push(String(first.name))
    }
    found.set(String(name), list)
  }
  return found
}

describe('indexes of localized values', () => {
  it('every _locales table has an index that starts with _parent_id', async () => {
    if (t.database.kind === 'mongodb') return
    const tables = await firstIndexColumns('_locales')
    // The listings' own text and their contacts', venues' and opening times' text, at least.
    for (const table of [
      'services_locales',
      'services_contacts_locales',
      'services_locations_locales',
      'services_opening_times_locales',
      '_services_v_locales',
    ]) {
      expect([...tables.keys()]).toContain(table)
    }
    const missing = [...tables].filter(([, firsts]) => !firsts.includes('_parent_id'))
    expect(missing.map(([table]) => table)).toEqual([])
  })

  it('every _texts table (has-many text: the vocabularies a listing holds) has one that starts with parent_id', async () => {
    if (t.database.kind === 'mongodb') return
    const tables = await firstIndexColumns('_texts')
    for (const table of ['services_texts', '_services_v_texts', 'sub_categories_texts']) {
      expect([...tables.keys()]).toContain(table)
    }
    const missing = [...tables].filter(([, firsts]) => !firsts.includes('parent_id'))
    expect(missing.map(([table]) => table)).toEqual([])
  })
})
