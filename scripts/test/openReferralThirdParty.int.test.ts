/**
 * Other publishers' feeds, on this run's database (SQLite, then PostgreSQL): each third-party
 * example feed in test/fixtures/openreferral-third-party/ (the Open Referral UK profile's and
 * HSDS 3.0's own examples, see its README) is imported with a dry run and then for real, into a
 * throwaway CMS database, and the two say the same; the counts and what each record's report
 * says (reasons, fields not kept) are the ones docs/open-referral.md gives. Then the paths those
 * examples cannot reach: two services of one name both kept, a record held for sorting, a
 * value only the CMS refuses caught by the dry run too, and a provider's draft never
 * overwritten.
 */
import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { createLocalOfferConfig } from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import {
  derivedId,
  taxonomyTermOf,
  localityTerms,
  vocabularyTerms,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFeed, type ImportOptions, type ImportReport } from '../src/openReferral/importFeed'
import { readFeed, type FeedRecord } from '../src/openReferral/readFeed'
import { countOutcomes } from '../src/openReferral/report'
import { withSqliteCopy } from '../src/openReferral/sqliteDryRun'
import { readVocabularyMapping, type VocabularyMapping } from '../src/openReferral/mappingFile'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/openreferral-third-party',
)

let target: TestPayload
let mapping: VocabularyMapping

beforeAll(async () => {
  target = await startTestPayload()
  mapping = await readVocabularyMapping()
}, 300_000)

afterAll(async () => {
  await target?.shutdown()
})

/**
 * A dry run as the importer's command runs it: on PostgreSQL in a transaction it rolls back,
 * on SQLite (no transactions) as the real run on a throwaway copy of the database file.
 */
async function dryRun(
  records: () => AsyncIterable<FeedRecord> | Iterable<FeedRecord>,
  options: Omit<ImportOptions, 'dryRun'>,
): Promise<ImportReport> {
  if (target.database.kind !== 'sqlite') {
    return importFeed(target.payload, records(), { ...options, dryRun: true })
  }
  return withSqliteCopy(target.database.url, async (copy) => {
    const config = await createLocalOfferConfig({
      databaseUrl: copy,
      secret: `dry-run-${randomUUID()}`,
      mediaDir: target.database.mediaDir,
      runScheduledJobs: false,
    })
    const payload = await getPayload({ config, key: randomUUID() })
    try {
      return {
        ...(await importFeed(payload, records(), { ...options, dryRun: false })),
        dryRun: true,
      }
    } finally {
      await closeDatabase(payload)
    }
  })
}

const summary = (report: ImportReport) =>
  report.results.map(({ outcome, ref, details }) => ({ outcome, ref, details }))

const count = async () =>
  (await target.payload.count({ collection: 'services', overrideAccess: true })).totalDocs

describe('the third-party example feeds', () => {
  /** File → what it holds, as docs/open-referral.md states it. */
  const expected: Record<string, { records: number; rejected: number }> = {
    'uk-profile/service_full.json': { records: 1, rejected: 1 },
    'uk-profile/service_list.json': { records: 1, rejected: 1 },
    'uk-profile/organization_full.json': { records: 1, rejected: 1 },
    'uk-profile/service_at_location_full.json': { records: 1, rejected: 1 },
    'hsds-3.0/service_full.json': { records: 1, rejected: 1 },
    'hsds-3.0/service_list.json': { records: 1, rejected: 1 },
  }

  for (const [file, counts] of Object.entries(expected)) {
    it(`${file}: the dry run says exactly what the real run does`, async () => {
      const location = path.join(FIXTURES, file)
      const before = await count()
      const dry = await dryRun(() => readFeed(location), { publish: false, mapping })
      expect(await count()).toBe(before)
      const real = await importFeed(target.payload, readFeed(location), {
        dryRun: false,
        publish: false,
        mapping,
      })
      expect(summary(dry)).toEqual(summary(real))
      expect(real.results).toHaveLength(counts.records)
      expect(countOutcomes(real).rejected).toBe(counts.rejected)
      const details = real.results.flatMap((r) => r.details).join('\n')
      // Every reason at once: the values the Local Offer cannot take as they are...
      expect(details).toContain('maximum_age is 100')
      // ...what an officer would have to decide...
      expect(details).toContain('no Local Offer category')
      // ...and every field it could not have kept, named.
      expect(details).toMatch(/not kept: email\b/)
      expect(details).toContain('alert')
      if (/full/.test(file)) {
        expect(details).toContain('location 1 is in the country "US"')
        expect(details).toContain('has only a postal address')
        expect(details).toContain('cost_options[].amount')
        expect(details).toContain('service_at_locations[].location.latitude')
        expect(details).toContain(`the cost option's own words "Under 18s and Over 60s"`)
        expect(details).toContain(`identifier's type "Company number"`)
      }
      if (file === 'uk-profile/service_full.json') {
        // The figure docs/open-referral.md gives.
        const line = real.results[0]!.details.find((d) => d.includes('cannot hold, not kept: '))!
        expect(line.split('not kept: ')[1]!.split(', ')).toHaveLength(34)
      }
      expect(await count()).toBe(before)
    })
  }

  it('reads the whole folder of examples, one file after another', async () => {
    // Its top folder holds only the README and LICENCE: said plainly, not an empty import.
    await expect(async () => {
      for await (const _ of readFeed(FIXTURES)) void _
    }).rejects.toThrow(/has no JSON files/)
    const uk = await importFeed(target.payload, readFeed(path.join(FIXTURES, 'uk-profile')), {
      dryRun: false,
      publish: false,
      mapping,
    })
    // The four UK examples are one service (one id) in four shapes: read once, then skipped.
    expect(countOutcomes(uk)).toMatchObject({ rejected: 1, skipped: 3, created: 0 })
    expect(uk.results.slice(1).every((r) => r.details[0]!.includes('twice'))).toBe(true)
  })
})

describe('a feed that imports', () => {
  const example = JSON.parse(
    readFileSync(path.join(FIXTURES, 'uk-profile/service_full.json'), 'utf8'),
  ) as OpenReferralService
  const ours = (taxonomy: string, code: string) => {
    // The localities are data: a council's, as its feed would carry them.
    const known = [
      ...vocabularyTerms,
      ...localityTerms([{ key: 'northbrook', name: 'Northbrook' }]),
    ]
    const term = known.find((t) => t.vocabulary === taxonomy && t.code === code)!
    return { id: randomUUID(), taxonomy_term: taxonomyTermOf(term) }
  }
  /** The UK example as a council near us might publish it: in England, for ages 12 to 25. */
  const local = (id: string, overrides: Record<string, unknown> = {}) => ({
    ...example,
    id,
    maximum_age: 25,
    application_process: 'Phone reception to book.',
    organization: {
      ...example.organization,
      id: derivedId(id, 'organisation'),
      attributes: [ours('local-offer-organisation-type', 'charity')],
    },
    service_at_locations: [
      {
        id: 'sal',
        location: {
          ...example.service_at_locations![0]!.location,
          latitude: undefined,
          longitude: undefined,
          addresses: [
            {
              id: 'a',
              address_1: '1 Main Street',
              city: 'Westbridge',
              postal_code: 'WB1 2AB',
              country: 'GB',
              address_type: 'physical',
            },
          ],
          attributes: [ours('local-offer-locality', 'northbrook')],
        },
      },
    ],
    cost_options: [{ id: 'k', option: 'Free' }],
    attributes: [
      { id: 'esd', taxonomy_term: { term_uri: 'http://id.esd.org.uk/service/1284' } },
      ours('local-offer-access-route', 'self-referral'),
    ],
    ...overrides,
  })
  const first = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
  const second = '1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7'
  const unsorted = '2f3a4b5c-6d7e-4f80-91a2-b3c4d5e6f7a8'
  const tooLong = '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f7a8b9'
  const records = (): FeedRecord[] =>
    [
      local(first),
      local(second),
      local(unsorted, {
        attributes: [
          { id: 'x', taxonomy_term: { taxonomy: 'openEligibility', term: 'Counseling' } },
        ],
      }),
      // Only the CMS checks that an opening time closes after it opens: the dry run must too.
      local(tooLong, {
        name: 'Evening counselling',
        schedules: [
          { id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '18:00', closes_at: '10:00' },
        ],
      }),
    ].map((record, index) => ({ source: `#${index}`, record }))

  let real: ImportReport

  it('says in the dry run exactly what the real run does', async () => {
    const before = await count()
    const dry = await dryRun(records, { publish: true, mapping })
    expect(await count()).toBe(before)
    real = await importFeed(target.payload, records(), { dryRun: false, publish: true, mapping })
    expect(summary(dry)).toEqual(summary(real))
    expect(real.results.map((r) => r.outcome)).toEqual([
      'created',
      'created',
      'needs sorting',
      'rejected',
    ])
    expect(real.results[2]!.details[0]).toContain('openEligibility:Counseling')
    expect(real.results[3]!.details.join('\n')).toMatch(/closes/)
  })

  it('keeps both services of one name, each with its own address', async () => {
    const { docs } = await target.payload.find({
      collection: 'services',
      overrideAccess: true,
      where: { openReferralId: { in: [first, second] } },
      sort: 'slug',
    })
    expect(docs.map((doc) => doc.slug)).toEqual([
      'community-counselling',
      'community-counselling-2',
    ])
    // Classified through the mapping file: esd 1284, mental health support.
    expect(docs[0]).toMatchObject({ category: 'health', subCategories: ['mental-health'] })
    expect(docs[0]!.contacts?.[0]).toMatchObject({ name: 'Ann Persona', role: 'Reception Manager' })
  })

  it("never overwrites a provider's draft: the feed's change is a conflict", async () => {
    const { docs } = await target.payload.find({
      collection: 'services',
      overrideAccess: true,
      where: { openReferralId: { equals: first } },
    })
    const listing = docs[0]!
    await target.payload.update({
      collection: 'services',
      id: listing.id,
      overrideAccess: true,
      draft: true,
      data: { summary: 'The provider is changing this.' },
    })
    const report = await importFeed(
      target.payload,
      [{ source: '#0', record: local(first, { name: 'Community Counselling (renamed)' }) }],
      { dryRun: false, publish: true, mapping },
    )
    expect(report.results[0]).toMatchObject({ outcome: 'conflict' })
    expect(report.results[0]!.details[0]).toContain("provider's draft")
    const draft = await target.payload.findByID({
      collection: 'services',
      id: listing.id,
      draft: true,
      overrideAccess: true,
    })
    expect(draft).toMatchObject({ summary: 'The provider is changing this.', name: listing.name })
    const live = await target.payload.findByID({
      collection: 'services',
      id: listing.id,
      overrideAccess: true,
    })
    expect(live.name).toBe(listing.name)
  })
})
