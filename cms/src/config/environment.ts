import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defaultSqliteUrl } from '../db/databaseAdapter'

/** The environment variables the CMS reads (a subset of process.env). */
export type Environment = Partial<Record<string, string>>

const DEVELOPMENT_SECRET = 'local-offer-development-secret-do-not-use-in-production'

/** The database URL: DATABASE_URL, or the embedded SQLite file when it is unset. */
export function databaseUrlFromEnv(env: Environment = process.env): string {
  const url = env.DATABASE_URL?.trim()
  return url ? url : defaultSqliteUrl(env.DATA_DIR)
}

/** PAYLOAD_SECRET signs logins. Production refuses to start without a real one. */
export function secretFromEnv(env: Environment = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string before starting in production.',
    )
  }
  return DEVELOPMENT_SECRET
}

/** The folder for local data (the SQLite file, captured emails): DATA_DIR, or cms/data. */
export function dataDirFromEnv(env: Environment = process.env): string {
  const dir = env.DATA_DIR?.trim()
  return dir
    ? path.resolve(dir)
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data')
}
