import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import type { DatabaseKind } from '../../src/db/databaseAdapter'

export interface TestDatabase {
  kind: DatabaseKind
  url: string
  /** A throwaway folder for uploads, removed with the database. */
  mediaDir: string
  drop: () => Promise<void>
}

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres'

/** The adapter this test run targets, set per Vitest project (see vitest.config.ts). */
export function testDatabaseKind(): DatabaseKind {
  const kind = process.env.TEST_DB ?? 'sqlite'
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'mongodb') {
    throw new Error(`TEST_DB must be sqlite, postgres or mongodb, not "${kind}"`)
  }
  return kind
}

const uniqueName = () => `local_offer_test_${process.pid}_${randomBytes(4).toString('hex')}`

/** A brand-new, empty database of the given kind, and a way to throw it away. */
export async function createTestDatabase(
  kind: DatabaseKind = testDatabaseKind(),
): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-offer-test-'))
  const mediaDir = path.join(dir, 'media')
  const removeDir = async () => rmSync(dir, { recursive: true, force: true })
  switch (kind) {
    case 'sqlite': {
      return {
        kind,
        url: `file:${path.join(dir, 'test.db')}`,
        mediaDir,
        drop: removeDir,
      }
    }
    case 'postgres': {
      const adminUrl = process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL
      const name = uniqueName()
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      try {
        await admin.query(`CREATE DATABASE "${name}"`)
      } finally {
        await admin.end()
      }
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return {
        kind,
        url: url.toString(),
        mediaDir,
        drop: async () => {
          await removeDir()
          const client = new pg.Client({ connectionString: adminUrl })
          await client.connect()
          try {
            await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
          } finally {
            await client.end()
          }
        },
      }
    }
    case 'mongodb': {
      const base = process.env.TEST_MONGODB_URL
      if (!base)
        throw new Error('TEST_MONGODB_URL is not set: the MongoDB suite needs a MongoDB server')
      const url = new URL(base)
      url.pathname = `/${uniqueName()}`
      return {
        kind,
        url: url.toString(),
        mediaDir,
        // The Payload instance drops its own database on shutdown (see startTestPayload).
        drop: removeDir,
      }
    }
  }
}
