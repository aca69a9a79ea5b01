import path from 'node:path'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { starterVocabulariesWithoutMigrations } from './starterVocabulariesWithoutMigrations'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

const migrationsDir = path.resolve(dirname, '../migrations')

/** The SQLite file used when no DATABASE_URL is set: zero set-up, created on first run. */
export function defaultSqliteUrl(dataDir = path.resolve(dirname, '../../data')): string {
  return `file:${path.join(dataDir, 'local-offer.db')}`
}

/** Which adapter a database URL selects. Throws with the accepted forms for anything else. */
export function databaseKindOf(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return 'mongodb'
  if (/^(file:|libsql:)/i.test(url)) return 'sqlite'
  throw new Error(
    `DATABASE_URL "${redactCredentials(url)}" is not a database address this CMS understands. ` +
      'Leave it unset for the built-in SQLite file, or use file:/path/to/local-offer.db, ' +
      'postgres://user@host:5432/dbname or mongodb://host:27017/dbname.',
  )
}

export function redactCredentials(url: string): string {
  return url.replace(/\/\/([^@/]+)@/, '//***@')
}

/**
 * The Payload database adapter for a URL. Schema changes are never pushed: SQLite and
 * PostgreSQL are brought up to date by the committed migrations (see applyMigrations).
 *
 * Only the adapter the URL selects is loaded (with its drizzle or mongoose): importing all three
 * cost every process that reads the configuration 0.8 s more under Node 22 (scripts, loaders,
 * the site build's CMS reads, tests).
 */
export async function databaseAdapterFor(url: string): Promise<DatabaseAdapterObj> {
  switch (databaseKindOf(url)) {
    case 'postgres':
      return (await import('./adapters/postgres')).postgresAdapterFor(url, migrationsDir)
    case 'mongodb':
      return (await import('./adapters/mongodb')).mongodbAdapterFor(url, migrationsDir)
    case 'sqlite':
      return (await import('./adapters/sqlite')).sqliteAdapterFor(url, migrationsDir)
  }
}

/**
 * Brings a SQLite or PostgreSQL database up to date with the committed migrations.
 * Runs on every start (payload.config onInit), in development and production alike;
 * migrations already applied are skipped. MongoDB has no schema to migrate: it gets the starter
 * vocabularies the migrations bring (`starterVocabulariesWithoutMigrations`).
 */
export async function applyMigrations(payload: Payload, url: string): Promise<void> {
  const kind = databaseKindOf(url)
  // No schema to migrate; the data the SQL migrations bring, written through the Local API.
  if (kind === 'mongodb') return starterVocabulariesWithoutMigrations(payload)
  // Each dialect's migrations import its adapter: only the one in use is loaded.
  const { migrations } =
    kind === 'postgres'
      ? await import('../migrations/postgres/index')
      : await import('../migrations/sqlite/index')
  // The generated migration modules type their arguments per adapter; Payload's list type is generic.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

/**
 * Closes the database connections Payload opened, so a script or test can end cleanly.
 * (payload.destroy() resets the adapter but leaves SQL connections open.)
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; ended?: boolean; _clients?: PoolClient[] }
    client?: { close: () => void; closed?: boolean }
  }
  await payload.destroy()
  if (db.pool && !db.pool.ended) await endPool(db.pool)
  if (db.client && !db.client.closed) db.client.close()
}

interface PoolClient {
  release?: (destroy?: boolean) => void
  on: (event: 'error', listener: () => void) => void
  once: (event: 'end', listener: () => void) => void
}

/**
 * The postgres adapter keeps one client checked out for its lifetime, so pool.end() alone never
 * returns. Destroy every client, then wait until each connection has really closed.
 */
async function endPool(pool: { end: () => Promise<void>; _clients?: PoolClient[] }): Promise<void> {
  const clients = [...(pool._clients ?? [])]
  const closed = clients.map(
    (client) => new Promise<void>((resolve) => client.once('end', resolve)),
  )
  for (const client of clients) {
    client.on('error', () => undefined)
    try {
      client.release?.(true)
    } catch {
      // an idle client is already released; pool.end() closes it
    }
  }
  await pool.end()
  await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 5_000))])
}
