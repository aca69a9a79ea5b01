import type { SqlAdapter } from './drizzleInternals'

type Row = Record<string, unknown>

/** Where drizzle keeps a table's columns and name (`getTableColumns` reads the same symbols). */
const COLUMNS = Symbol.for('drizzle:Columns')
const TABLE_NAME = Symbol.for('drizzle:Name')
const TABLE_SCHEMA = Symbol.for('drizzle:Schema')

/** The part of a drizzle column an insert uses. */
interface Column {
  name: string
  defaultFn?: () => unknown
  mapToDriverValue: (value: unknown) => unknown
  shouldDisableInsert?: () => boolean
}

interface DrizzleTable {
  [COLUMNS]?: Record<string, Column>
  [TABLE_NAME]?: string
  [TABLE_SCHEMA]?: string
}

/** The connection under a drizzle database or transaction (node-postgres, libsql). */
interface DrizzleSession {
  session?: {
    client?: { query?: (text: string, params: unknown[]) => Promise<unknown> } & {
      execute?: (statement: { sql: string; args: unknown[] }) => Promise<unknown>
    }
    tx?: { execute?: (statement: { sql: string; args: unknown[] }) => Promise<unknown> }
  }
}

/** Below PostgreSQL's 65,535 and SQLite's 32,766 bound parameters a statement. */
const MAX_PARAMETERS = 30_000

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

/** A drizzle SQL value (`sql\`…\``) rather than a plain one: only drizzle's builder can write it. */
const isSqlValue = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { getSQL?: unknown }).getSQL === 'function'

/**
 * Inserts rows into one of Payload's tables and reads nothing back, with one statement of our own
 * for many rows. It writes what drizzle's `db.insert(table).values(rows)` writes (every column the
 * table has, each value through the column's own `mapToDriverValue`, a missing value as the
 * column's `defaultFn` gives it, else NULL on SQLite and DEFAULT on PostgreSQL, as drizzle does),
 * without drizzle's statement builder: building a statement of thousands of values cost a bulk
 * load more than writing it (1.1 s of every 500 listings on PostgreSQL, its `is` checks alone
 * 0.6 s). Runs on the connection of `db`, so inside its transaction.
 */
export async function writeRows(
  adapter: SqlAdapter,
  db: unknown,
  tableName: string,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return
  const table = adapter.tables[tableName] as DrizzleTable | undefined
  const columns = table?.[COLUMNS]
  if (!table || !columns) throw new Error(`The database has no table ${tableName}.`)
  if (rows.some((row) => Object.values(row).some(isSqlValue))) {
    await (db as { insert: (t: unknown) => { values: (r: Row[]) => PromiseLike<unknown> } })
      .insert(table)
      .values([...rows])
    return
  }
  const dialect = adapter.name === 'postgres' ? 'postgres' : 'sqlite'
  const insertable = Object.entries(columns).filter(([, column]) => !column.shouldDisableInsert?.())
  const name = table[TABLE_SCHEMA]
    ? `${quote(table[TABLE_SCHEMA])}.${quote(table[TABLE_NAME] ?? tableName)}`
    : quote(table[TABLE_NAME] ?? tableName)
  const head = `insert into ${name} (${insertable.map(([, column]) => quote(column.name)).join(', ')}) values `
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / insertable.length))
  for (let first = 0; first < rows.length; first += rowsPerStatement) {
    const params: unknown[] = []
    const tuples = rows.slice(first, first + rowsPerStatement).map((row) => {
      const cells = insertable.map(([key, column]) => {
        let value = row[key]
        if (value === undefined && column.defaultFn) value = column.defaultFn()
        if (value === undefined) return dialect === 'postgres' ? 'default' : 'null'
        params.push(value === null ? null : column.mapToDriverValue(value))
        return dialect === 'postgres' ? `$${params.length}` : '?'
      })
      return `(${cells.join(', ')})`
    })
    await execute(db, dialect, head + tuples.join(', '), params)
  }
}

async function execute(
  db: unknown,
  dialect: 'postgres' | 'sqlite',
  text: string,
  params: unknown[],
): Promise<void> {
  const session = (db as DrizzleSession).session
  if (dialect === 'postgres' && session?.client?.query) {
    await session.client.query(text, params)
    return
  }
  const libsql = session?.tx ?? session?.client
  if (dialect === 'sqlite' && libsql?.execute) {
    await libsql.execute({ sql: text, args: params })
    return
  }
  throw new Error(
    `The ${dialect} connection is not where drizzle kept it (session.client / session.tx): the batch inserts (cms/src/db/batchInsert/writeRows.ts) must be brought up to date with drizzle-orm.`,
  )
}
