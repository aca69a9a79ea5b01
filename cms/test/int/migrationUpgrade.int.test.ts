import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { subDays } from 'date-fns/subDays'
import { subMonths } from 'date-fns/subMonths'
import { randomUUID } from 'node:crypto'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../src/db/databaseAdapter'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { createLocalOfferConfig } from '../../src/payload.config'
import { validService } from '../helpers/fixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Upgrading a database that already has listings: the review-and-moderation migration keeps every
 * row (and its translations), marks published listings approved, turns the old default interval
 * into "use the category", and stores each listing's review state.
 */
let database: TestDatabase
let payload: Payload
const rows = async (query: string): Promise<Record<string, unknown>[]> =>
  database.kind === 'postgres'
    ? ((await (payload.db as unknown as PgDb).drizzle.execute(postgresSql.raw(query)))
        .rows as Record<string, unknown>[])
    : ((await (payload.db as unknown as SqliteDb).drizzle.all(sqliteSql.raw(query))) as Record<
        string,
        unknown
      >[])
const run = async (query: string) => {
  await rows(query)
}
interface PgDb {
  drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> }
}
interface SqliteDb {
  drizzle: { all: (q: unknown) => Promise<unknown[]> }
}

const skip = () => database.kind === 'mongodb'

beforeAll(async () => {
  database = await createTestDatabase()
  if (skip()) return
  const config = await createLocalOfferConfig({
    databaseUrl: database.url,
    secret: `test-secret-${randomUUID()}`,
    mediaDir: database.mediaDir,
  })
  // No onInit: the migrations are applied by hand, one at a time.
  payload = await getPayload({ config, key: randomUUID(), disableOnInit: true })
  const migrations = database.kind === 'postgres' ? postgresMigrations : sqliteMigrations
  // The database is at the first migration; the upgrade is review_and_moderation and every
  // migration committed after it, applied in order as a real start does.
  const [initial, ...later] = migrations
  expect(later.map((m) => m.name)[0]).toMatch(/_review_and_moderation$/)
  const req = await createLocalReq({}, payload)
  const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req }
  await initial!.up(args as never)

  const now = new Date()
  const at = (date: Date) => `'${date.toISOString()}'`
  await run(
    `INSERT INTO "organisations" ("id", "name", "type") VALUES (1, 'Northbrook Primary', 'school')`,
  )
  await run(`INSERT INTO "services" ("id", "category", "_status", "organisation_id", "last_reviewed", "review_interval_months") VALUES
    (1, 'health', 'published', 1, ${at(subDays(now, 30))}, 12),
    (2, 'health', 'published', 1, ${at(subMonths(now, 13))}, 12),
    (3, 'education', 'draft', 1, ${at(now)}, 12),
    (4, 'short-breaks', 'published', 1, ${at(subDays(subMonths(now, 6), -15))}, 6)`)
  await run(`INSERT INTO "services_locales" ("name", "_locale", "_parent_id") VALUES
    ('One', 'en', 1), ('Un', 'pl', 1), ('Two', 'en', 2), ('Three', 'en', 3), ('Four', 'en', 4)`)
  // Venues with localities from the old fixed list: they become data (the localities migration).
  await run(`INSERT INTO "services_locations" ("_order", "_parent_id", "id", "address_line1", "town", "postcode", "locality") VALUES
    (1, 1, 'venue-1', '1 High Street', 'Town', 'WB1 2AB', 'westbridge-central'),
    (2, 1, 'venue-2', '2 High Street', 'Town', 'WB5 2NP', 'eastfield'),
    (1, 2, 'venue-3', '3 High Street', 'Town', 'WB1 3EQ', 'westbridge-central'),
    (1, 3, 'venue-4', '4 High Street', 'Town', 'KT2 5AA', 'out-of-area')`)
  await run(`INSERT INTO "_services_v" ("parent_id", "version_category", "version__status", "version_last_reviewed", "version_review_interval_months", "latest") VALUES
    (1, 'health', 'published', ${at(subDays(now, 30))}, 12, true)`)
  // Sub-categories, languages and venue features as values of the old fixed lists: they become
  // keys of the vocabularies (the vocabularies migration), stored as text.
  await run(`INSERT INTO "services_sub_categories" ("order", "parent_id", "value") VALUES
    (1, 1, 'speech-language-therapy'), (2, 1, 'occupational-therapy'), (1, 3, 'early-years')`)
  await run(`INSERT INTO "services_languages" ("order", "parent_id", "value") VALUES
    (1, 1, 'en'), (2, 1, 'bfi'), (1, 4, 'pl')`)
  await run(`INSERT INTO "services_locations_venue_features" ("order", "parent_id", "value") VALUES
    (1, 'venue-1', 'step-free'), (2, 'venue-1', 'lift'), (1, 'venue-2', 'hearing-loop')`)
  await run(`INSERT INTO "_services_v_version_sub_categories" ("order", "parent_id", "value") VALUES
    (1, 1, 'speech-language-therapy')`)

  if (database.kind === 'postgres') {
    // Explicit ids do not move PostgreSQL's id sequences on; move them past the rows written.
    for (const table of ['organisations', 'services', '_services_v']) {
      await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), 100)`)
    }
  }
  for (const migration of later) await migration.up(args as never)
}, 120_000)

afterAll(async () => {
  if (payload) await closeDatabase(payload)
  await database?.drop()
})

describe('upgrading a database with listings', () => {
  it('keeps every sub-category, language and venue feature, in order, as keys of the vocabularies', async () => {
    if (skip()) return
    const read = async (id: number) =>
      payload.findByID({ collection: 'services', id, depth: 0, draft: false })
    const first = await read(1)
    expect(first.subCategories).toEqual(['speech-language-therapy', 'occupational-therapy'])
    expect(first.languages).toEqual(['en', 'bfi'])
    expect(first.locations?.map((l) => l.venueFeatures)).toEqual([
      ['step-free', 'lift'],
      ['hearing-loop'],
    ])
    expect((await read(3)).subCategories).toEqual(['early-years'])
    expect((await read(4)).languages).toEqual(['pl'])
    const { docs: versions } = await payload.findVersions({
      collection: 'services',
      where: { parent: { equals: 1 } },
      depth: 0,
    })
    expect(versions.map((v) => v.version.subCategories)).toEqual([['speech-language-therapy']])
    // The starter lists, with the keys the listings hold.
    for (const [collection, count] of [
      ['sub-categories', 48],
      ['venue-features', 7],
      ['service-languages', 20],
    ] as const) {
      expect((await payload.count({ collection })).totalDocs, collection).toBe(count)
    }
    const gone = await rows(
      database.kind === 'postgres'
        ? `SELECT to_regclass('services_sub_categories') AS "t"`
        : `SELECT "name" AS "t" FROM "sqlite_master" WHERE "name" = 'services_sub_categories'`,
    )
    expect(gone.filter((row) => row.t !== null)).toEqual([])
  })

  it('keeps every listing and translation', async () => {
    if (skip()) return
    expect(await rows(`SELECT "id" FROM "services"`)).toHaveLength(4)
    expect(await rows(`SELECT "id" FROM "services_locales"`)).toHaveLength(5)
  })

  it('marks published listings approved and stores their review state', async () => {
    if (skip()) return
    const stored = await rows(
      `SELECT "id", "moderation", "review_status", "review_interval_months" FROM "services" ORDER BY "id"`,
    )
    expect(
      stored.map((r) => [
        Number(r.id),
        r.moderation,
        r.review_status,
        r.review_interval_months === null ? null : Number(r.review_interval_months),
      ]),
    ).toEqual([
      [1, 'approved', 'current', null],
      [2, 'approved', 'overdue', null],
      [3, 'draft', 'current', null],
      [4, 'approved', 'due-soon', 6],
    ])
    const versions = await rows(`SELECT "version_moderation" FROM "_services_v"`)
    expect(versions.map((v) => v.version_moderation)).toEqual(['approved'])
  })

  it('gives every listing and organisation a distinct Open Referral id, versions included', async () => {
    if (skip()) return
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    const services = await rows(`SELECT "id", "open_referral_id" FROM "services" ORDER BY "id"`)
    const organisations = await rows(`SELECT "open_referral_id" FROM "organisations"`)
    const ids = [...services, ...organisations].map((r) => String(r.open_referral_id))
    expect(ids).toHaveLength(5)
    for (const id of ids) expect(id).toMatch(uuid)
    expect(new Set(ids).size).toBe(5)
    const [version] = await rows(`SELECT "version_open_referral_id" FROM "_services_v"`)
    expect(version?.version_open_referral_id).toBe(services[0]?.open_referral_id)
  })

  it('makes the localities in use data, with their venues’ districts, and keeps each venue’s', async () => {
    if (skip()) return
    const localities = await payload.find({
      collection: 'localities',
      sort: 'slug',
      locale: 'en',
      depth: 0,
      pagination: false,
    })
    expect(localities.docs.map((l) => [l.slug, l.name, l.postcodeAreas])).toEqual([
      ['eastfield', 'Eastfield', ['WB5']],
      ['westbridge-central', 'Westbridge central', ['WB1']],
    ])
    const venues = await rows(`SELECT "id", "locality" FROM "services_locations" ORDER BY "id"`)
    expect(venues.map((v) => [v.id, v.locality])).toEqual([
      ['venue-1', 'westbridge-central'],
      ['venue-2', 'eastfield'],
      ['venue-3', 'westbridge-central'],
      ['venue-4', 'out-of-area'],
    ])
    // A listing saved now at those venues' postcodes derives the same localities (the upgraded
    // districts), and a postcode no locality covers stays outside the area.
    const before = await payload.findByID({ collection: 'services', id: 1, depth: 0 })
    const saved = await payload.create({
      collection: 'services',
      data: {
        ...validService(1),
        locations: [
          ...(before.locations ?? []),
          { addressLine1: '5 Lane', town: 'Town', postcode: 'KT2 5AA' },
        ].map(({ id: _id, ...l }) => ({ ...l, locality: 'not-derived-yet' })),
      },
      depth: 0,
    })
    expect(saved.locations?.map((l) => l.locality)).toEqual([
      'westbridge-central',
      'eastfield',
      'out-of-area',
    ])
    // And a locality in use cannot be removed.
    await expect(
      payload.delete({ collection: 'localities', id: localities.docs[0]!.id }),
    ).rejects.toThrow(/2 listings use it/)
  })

  it('leaves a schema Payload reads and writes', async () => {
    if (skip()) return
    const overdue = await payload.find({
      collection: 'services',
      where: { reviewStatus: { equals: 'overdue' } },
      depth: 0,
    })
    expect(overdue.docs.map((d) => d.id)).toEqual([2])
    const audit = await payload.find({ collection: 'audit-log', limit: 1 })
    expect(audit.totalDocs).toBe(0)
    // A new listing without its own interval stores none (old SQLite columns still default to 12).
    const created = await payload.create({
      collection: 'services',
      data: { ...validService(1), _status: 'published' },
    })
    const [row] = await rows(
      `SELECT "review_interval_months" FROM "services" WHERE "id" = ${Number(created.id)}`,
    )
    expect(row?.review_interval_months).toBeNull()
  })
})
