import { describe, expect, it } from 'vitest'

import type { SqlAdapter } from '../../src/db/batchInsert/drizzleInternals'
import { writeRows } from '../../src/db/batchInsert/writeRows'

/** A drizzle-shaped table: its columns under drizzle's symbols, each mapping values as drizzle does. */
function table(columns: Record<string, { name: string; defaultFn?: () => unknown }>) {
  return {
    [Symbol.for('drizzle:Name')]: 'services_texts',
    [Symbol.for('drizzle:Columns')]: Object.fromEntries(
      Object.entries(columns).map(([key, column]) => [
        key,
        { ...column, mapToDriverValue: (value: unknown) => (value === true ? 1 : value) },
      ]),
    ),
  }
}

function setUp(name: 'postgres' | 'sqlite') {
  const statements: { text: string; params: unknown[] }[] = []
  const adapter = {
    name,
    tables: {
      services_texts: table({
        id: { name: 'id' },
        parent: { name: 'parent_id' },
        text: { name: 'text' },
        flag: { name: 'flag' },
        stamp: { name: 'stamp', defaultFn: () => 'made-by-default' },
      }),
    },
  } as unknown as SqlAdapter
  const session =
    name === 'postgres'
      ? {
          client: {
            query: async (text: string, params: unknown[]) => statements.push({ text, params }),
          },
        }
      : {
          client: {
            execute: async ({ sql, args }: { sql: string; args: unknown[] }) =>
              statements.push({ text: sql, params: args }),
          },
        }
  return { adapter, db: { session }, statements }
}

describe('writing rows with a statement of our own', () => {
  it('writes every column as drizzle would: missing values as default (PostgreSQL), mapped values', async () => {
    const { adapter, db, statements } = setUp('postgres')
    await writeRows(adapter, db, 'services_texts', [
      { parent: 7, text: 'autism', flag: true },
      { parent: 8, text: null, flag: false, stamp: 'given' },
    ])
    expect(statements).toEqual([
      {
        text:
          'insert into "services_texts" ("id", "parent_id", "text", "flag", "stamp") values ' +
          '(default, $1, $2, $3, $4), (default, $5, $6, $7, $8)',
        params: [7, 'autism', 1, 'made-by-default', 8, null, false, 'given'],
      },
    ])
  })

  it('writes a missing value as NULL on SQLite, through the transaction when there is one', async () => {
    const { adapter, db, statements } = setUp('sqlite')
    const inTransaction: unknown[] = []
    const tx = { execute: async (statement: unknown) => inTransaction.push(statement) }
    await writeRows(adapter, { session: { ...db.session, tx } }, 'services_texts', [{ parent: 1 }])
    expect(statements).toEqual([])
    expect(inTransaction).toEqual([
      {
        sql: 'insert into "services_texts" ("id", "parent_id", "text", "flag", "stamp") values (null, ?, null, null, ?)',
        args: [1, 'made-by-default'],
      },
    ])
  })

  it('splits a batch too big for one statement, and refuses a table the database does not have', async () => {
    const { adapter, db, statements } = setUp('sqlite')
    const rows = Array.from({ length: 7_000 }, (_, i) => ({
      parent: i,
      text: `t${i}`,
      flag: false,
    }))
    await writeRows(adapter, db, 'services_texts', rows)
    // 5 columns a row, so 6,000 rows in the first statement and the rest in the second (4 values
    // a row are parameters: the missing id is written as NULL).
    expect(statements.map((s) => s.params.length)).toEqual([24_000, 4_000])
    expect(statements.flatMap((s) => s.params).filter((_, i) => i % 4 === 0)).toEqual(
      rows.map((r) => r.parent),
    )
    await expect(writeRows(adapter, db, 'no_such_table', rows)).rejects.toThrow(
      'The database has no table no_such_table.',
    )
  })
})
