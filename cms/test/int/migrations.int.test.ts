import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applyMigrations } from '../../src/db/databaseAdapter'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.shutdown())

const committedMigrations = (kind: string) =>
  readdirSync(path.resolve(import.meta.dirname, '../../src/migrations', kind))
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

describe('migrations', () => {
  it('apply from an empty database on start and are recorded', async () => {
    if (t.database.kind === 'mongodb') {
      expect(committedMigrations('mongodb')).toEqual([])
      return
    }
    const expected = committedMigrations(t.database.kind)
    expect(expected.length).toBeGreaterThan(0)
    const applied = await t.payload.find({
      collection: 'payload-migrations',
      limit: 0,
      sort: 'name',
    })
    expect(applied.docs.map((m) => m.name)).toEqual(expected)
    expect(applied.docs.every((m) => m.batch === 1)).toBe(true)
  })

  it('running them again changes nothing', async () => {
    const before = await t.payload.count({ collection: 'payload-migrations' })
    await applyMigrations(t.payload, t.database.url)
    const after = await t.payload.count({ collection: 'payload-migrations' })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('leave a schema every collection can be written to and read from', async () => {
    const slugs = [
      'services',
      'organisations',
      'pages',
      'glossary-terms',
      'media',
      'users',
      'audit-log',
      'review-reminders',
    ] as const
    for (const collection of slugs) {
      const result = await t.payload.find({ collection, limit: 1 })
      expect(result.totalDocs).toBe(0)
    }
  })

  it('match the collections: no schema change is waiting for a migration', async () => {
    if (t.database.kind === 'mongodb') return
    const db = t.payload.db as unknown as {
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
        upSnapshot?: (snapshot: unknown) => { version: string }
      }
    }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    const dir = path.resolve(import.meta.dirname, '../../src/migrations', t.database.kind)
    const latest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'a committed migration snapshot').toBeDefined()
    let committed = JSON.parse(readFileSync(path.join(dir, latest as string), 'utf8')) as {
      version: string
    }
    if (upSnapshot && committed.version < current.version) committed = upSnapshot(committed)
    const pending = await generateMigration(committed, current)
    expect(
      pending,
      'Collections changed without a migration: run `payload migrate:create` for SQLite and PostgreSQL (see README)',
    ).toEqual([])
  })
})
