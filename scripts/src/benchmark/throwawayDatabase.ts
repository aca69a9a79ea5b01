/**
 * A database the benchmark creates for one run and removes afterwards: a SQLite file in its
 * folder, or a PostgreSQL database (created and dropped with psql) on the given server.
 */
import { run } from '../site/childProcess.js'
import type { BenchmarkDatabase } from './options.js'

export interface ThrowawayDatabase {
  kind: BenchmarkDatabase
  url: string
  drop: () => Promise<void>
}

function psql(serverUrl: string, sql: string): Promise<void> {
  return run(
    'psql',
    [`${serverUrl.replace(/\/$/, '')}/postgres`, '-v', 'ON_ERROR_STOP=1', '-qc', sql],
    {
      cwd: process.cwd(),
      log: () => undefined,
    },
  )
}

export async function createThrowawayDatabase(
  kind: BenchmarkDatabase,
  dir: string,
  postgresServer: string,
  prefix = 'local_offer_benchmark',
): Promise<ThrowawayDatabase> {
  if (kind === 'sqlite') {
    return { kind, url: `file:${dir}/benchmark.db`, drop: async () => undefined }
  }
  const name = `${prefix}_${process.pid}_${Date.now()}`
  try {
    await psql(postgresServer, `create database ${name}`)
  } catch (error) {
    throw new Error(
      `Could not create a PostgreSQL database on ${postgresServer} with psql ` +
        `(is the server running, and psql installed?): ${error instanceof Error ? error.message : error}`,
    )
  }
  return {
    kind,
    url: `${postgresServer.replace(/\/$/, '')}/${name}`,
    drop: () => psql(postgresServer, `drop database if exists ${name} with (force)`),
  }
}
