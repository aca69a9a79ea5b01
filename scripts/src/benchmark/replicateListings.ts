/**
 * Makes a PostgreSQL benchmark database N times larger by copying its listings in SQL: every row
 * of `services`, `_services_v` and their array and locale tables, once per copy, with new ids and
 * a suffix on each copy's slug and Open Referral id (both unique). For timing queries at 10,000
 * listings on a machine where writing them through Payload would take too long: the copies are
 * what the loader wrote (the same text, arrays, versions and review fields), so the planner sees
 * realistic tables, but every listing appears `copies + 1` times. Reports say when it was used.
 *
 *   replicateListings.ts --database-url postgres://…/db --copies 9
 *
 * The tables and their links are read from the database (information_schema), so the copy
 * follows schema changes without edits here.
 */
import { execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

import { z } from 'zod'

interface Column {
  table: string
  column: string
  type: string
}
interface ForeignKey {
  table: string
  column: string
  references: string
}

/** Tables copied: the listings, their versions, and every table hanging off either. */
const ROOTS = ['services', '_services_v']
/** Unique text columns a copy must change: slugs get a suffix… */
const UNIQUE_TEXT = new Set(['slug', 'version_slug'])
/** …and Open Referral ids (UUIDs, checked as such by the API) a new UUID made from the old one. */
const UNIQUE_UUID = new Set(['open_referral_id', 'version_open_referral_id'])
/**
 * A version's array rows keep the id of the listing's array row they copy in `_uuid`; Payload
 * gives it back as the row's id when the version is read (a save of a listing reads its latest
 * version), so a copy's must name the copy's rows, or saving a copy writes the original's row ids.
 */
const ARRAY_ROW_ID_COPY = '_uuid'

/** A version 4-shaped UUID from the MD5 of the value and the copy number (SQL). */
export function uuidFromSql(expression: string, k: number): string {
  const hash = `md5(${expression} || '-${k}')`
  const part = (from: number, length: number) => `substr(${hash}, ${from}, ${length})`
  return `${part(1, 8)} || '-' || ${part(9, 4)} || '-4' || ${part(14, 3)} || '-8' || ${part(18, 3)} || '-' || ${part(21, 12)}`
}

function psql(url: string, sql: string): string {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAF', '\t', '-c', sql], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
}

const rows = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'))

/** The columns and foreign keys of the database's public tables. */
export interface Schema {
  columns: Column[]
  keys: ForeignKey[]
}

function readSchema(url: string): Schema {
  const columns: Column[] = rows(
    psql(
      url,
      `select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'public' order by table_name, ordinal_position`,
    ),
  ).map(([table, column, type]) => ({ table: table!, column: column!, type: type! }))
  const keys: ForeignKey[] = rows(
    psql(
      url,
      `select kcu.table_name, kcu.column_name, ccu.table_name
       from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name
       join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
       where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`,
    ),
  ).map(([table, column, references]) => ({
    table: table!,
    column: column!,
    references: references!,
  }))
  return { columns, keys }
}

/** The copied tables, parents before children. */
function tablesInOrder(keys: readonly ForeignKey[]): string[] {
  const ordered = [...ROOTS]
  for (let i = 0; i < ordered.length; i++) {
    for (const key of keys) {
      if (key.references === ordered[i] && !ordered.includes(key.table)) ordered.push(key.table)
    }
  }
  return ordered
}

/** The SQL that makes copy number `k` of every listing (one transaction). */
export function copySql(schema: Schema, maxIds: ReadonlyMap<string, number>, k: number): string {
  const tables = tablesInOrder(schema.keys)
  const copied = new Set(tables)
  const idType = (table: string) =>
    schema.columns.find((c) => c.table === table && c.column === 'id')?.type ?? ''
  const isInteger = (table: string) => idType(table) === 'integer'
  const referenced = new Set(schema.keys.map((key) => key.references))
  // Integer ids of copy k are id + k × offset: clear of the originals and of each other.
  const offset = (table: string) => (maxIds.get(table) ?? 0) + 1
  const shifted = (table: string, expression: string) =>
    isInteger(table) ? `${expression} + ${k * offset(table)}` : `${expression} || '~${k}'`
  const original = (table: string) =>
    isInteger(table) ? `id <= ${maxIds.get(table) ?? 0}` : `id not like '%~%'`
  const statements: string[] = ['begin;']
  for (const table of tables) {
    const targets: string[] = []
    const values: string[] = []
    for (const { column } of schema.columns.filter((c) => c.table === table)) {
      const key = schema.keys.find((fk) => fk.table === table && fk.column === column)
      let value = `"${column}"`
      if (column === 'id') {
        // A serial id nothing points at is left to its sequence.
        if (isInteger(table) && !referenced.has(table)) continue
        value = shifted(table, value)
      } else if (key && copied.has(key.references)) {
        value = shifted(key.references, value)
      } else if (column === ARRAY_ROW_ID_COPY) {
        value = `${value} || '~${k}'`
      } else if (UNIQUE_TEXT.has(column)) {
        value = `${value} || '-${k}'`
      } else if (UNIQUE_UUID.has(column)) {
        value = uuidFromSql(value, k)
      }
      targets.push(`"${column}"`)
      values.push(value)
    }
    statements.push(
      `insert into "${table}" (${targets.join(', ')}) select ${values.join(', ')} from "${table}" where ${original(table)};`,
    )
  }
  // Serial ids given explicitly: move each sequence past them.
  for (const table of tables.filter((t) => isInteger(t) && referenced.has(t))) {
    statements.push(
      `select setval(pg_get_serial_sequence('"${table}"', 'id'), (select coalesce(max(id), 1) from "${table}"));`,
    )
  }
  statements.push('commit;')
  return statements.join('\n')
}

export interface Replication {
  /** Listings before the copies were made. */
  loaded: number
  copies: number
  /** Listings after. */
  listings: number
  seconds: number
}

/** Copies the database's listings `copies` times (see above), then refreshes planner statistics. */
export function replicateListings(
  url: string,
  copies: number,
  log: (line: string) => void = console.log,
): Replication {
  const args = { url, copies }
  const schema = readSchema(args.url)
  const tables = tablesInOrder(schema.keys)
  const maxIds = new Map<string, number>()
  for (const table of tables) {
    const integer = schema.columns.some(
      (c) => c.table === table && c.column === 'id' && c.type === 'integer',
    )
    if (integer)
      maxIds.set(
        table,
        Number(psql(args.url, `select coalesce(max(id), 0) from "${table}"`).trim()),
      )
  }
  const before = Number(psql(args.url, 'select count(*) from services').trim())
  const started = Date.now()
  for (let k = 1; k <= copies; k++) {
    execFileSync('psql', [args.url, '-v', 'ON_ERROR_STOP=1', '-q'], {
      input: copySql(schema, maxIds, k),
      stdio: ['pipe', 'ignore', 'inherit'],
    })
    log(`  copy ${k}/${copies} made (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  psql(args.url, 'analyze')
  const after = Number(psql(args.url, 'select count(*) from services').trim())
  return { loaded: before, copies, listings: after, seconds: (Date.now() - started) / 1000 }
}

function main() {
  const value = (name: string) => {
    const index = process.argv.indexOf(`--${name}`)
    return index === -1 ? undefined : process.argv[index + 1]
  }
  const args = z
    .object({
      url: z.string().regex(/^postgres(ql)?:\/\//, '--database-url must be a postgres:// URL'),
      copies: z.coerce.number().int().min(1).max(99),
    })
    .parse({ url: value('database-url'), copies: value('copies') })
  const result = replicateListings(args.url, args.copies)
  console.log(
    `Copied ${result.loaded} listings ${result.copies} times in ${result.seconds.toFixed(1)} s: ${result.listings} listings.`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
