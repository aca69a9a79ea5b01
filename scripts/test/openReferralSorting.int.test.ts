/**
 * "Needs sorting" in the CMS (issue 13 item 5), on this run's database (SQLite, then
 * PostgreSQL): a feed record the importer cannot classify is held in the CMS's "Imported records
 * to sort" (the dry run saying so and writing nothing); importing the feed again updates the held
 * record rather than adding another; an officer classifies it through the CMS's endpoint and a
 * draft listing with their category waits in the moderation queue, never published; importing
 * again keeps that one listing, read with the officer's classification. A dismissed record stays
 * dismissed; a held record the mapping file later covers is imported and closed.
 */
import {
  apiFor,
  createWorld,
  jsonPost,
  startTestPayload,
  type TestPayload,
  type World,
} from '@local-offer/cms/testing'
import { createLocalOfferConfig } from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { parseVocabularyMapping } from '@local-offer/cms/openReferralImport/vocabularyMapping'
import {
  derivedId,
  taxonomyTermOf,
  vocabularyTerms,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HELD, CLOSED } from '../src/openReferral/heldForSorting'
import { importFeed, type ImportOptions, type ImportReport } from '../src/openReferral/importFeed'
import type { FeedRecord } from '../src/openReferral/readFeed'
import { readVocabularyMapping, type VocabularyMapping } from '../src/openReferral/mappingFile'
import { withSqliteCopy } from '../src/openReferral/sqliteDryRun'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/openreferral-third-party',
)

let target: TestPayload
let world: World
let mapping: VocabularyMapping

beforeAll(async () => {
  target = await startTestPayload()
  world = await createWorld(target.payload)
  mapping = await readVocabularyMapping()
}, 300_000)

afterAll(async () => {
  await target?.shutdown()
})

/** A dry run as the importer's command runs it (see openReferralThirdParty.int.test.ts). */
async function dryRun(
  records: FeedRecord[],
  options: Omit<ImportOptions, 'dryRun'>,
): Promise<ImportReport> {
  if (target.database.kind !== 'sqlite') {
    return importFeed(target.payload, records, { ...options, dryRun: true })
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
        ...(await importFeed(payload, records, { ...options, dryRun: false })),
        dryRun: true,
      }
    } finally {
      await closeDatabase(payload)
    }
  })
}

const example = JSON.parse(
  readFileSync(path.join(FIXTURES, 'uk-profile/service_full.json'), 'utf8'),
) as OpenReferralService
const ours = (taxonomy: string, code: string) => {
  const term = vocabularyTerms.find((t) => t.vocabulary === taxonomy && t.code === code)!
  return { id: randomUUID(), taxonomy_term: taxonomyTermOf(term) }
}
/** The UK example as a council in England might publish it, with only another feed's term. */
const unclassified = (id: string, name: string) => ({
  ...example,
  id,
  name,
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
        // No locality term: the CMS derives a venue's locality from its postcode.
        attributes: [],
      },
    },
  ],
  cost_options: [{ id: 'k', option: 'Free' }],
  attributes: [
    { id: 'x', taxonomy_term: { taxonomy: 'openEligibility', term: 'Counseling' } },
    ours('local-offer-access-route', 'self-referral'),
  ],
})

const feed = (...records: unknown[]): FeedRecord[] =>
  records.map((record, index) => ({
    source: `https://feed.example/services #${index + 1}`,
    record,
  }))

const heldRecords = async (openReferralId: string) =>
  (
    await target.payload.find({
      collection: 'import-sorting',
      overrideAccess: true,
      depth: 0,
      where: { openReferralId: { equals: openReferralId } },
    })
  ).docs

const listingsOf = async (openReferralId: string) =>
  (
    await target.payload.find({
      collection: 'services',
      overrideAccess: true,
      draft: true,
      depth: 0,
      where: { openReferralId: { equals: openReferralId } },
    })
  ).docs

describe('a record the importer cannot classify', () => {
  const id = '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d'
  const record = unclassified(id, 'Counselling for young people')

  it('is held in the CMS, and the dry run says so and writes nothing', async () => {
    const options = { publish: false, mapping }
    const dry = await dryRun(feed(record), options)
    expect(await heldRecords(id)).toHaveLength(0)
    const real = await importFeed(target.payload, feed(record), { ...options, dryRun: false })
    const summary = (report: ImportReport) => report.results.map((r) => [r.outcome, r.details])
    expect(summary(dry)).toEqual(summary(real))
    expect(real.results[0]).toMatchObject({ outcome: 'needs sorting' })
    expect(real.results[0]!.details.at(-1)).toBe(HELD.held)

    const [held, ...others] = await heldRecords(id)
    expect(others).toHaveLength(0)
    expect(held).toMatchObject({
      status: 'waiting',
      name: 'Counselling for young people',
      organisationName: example.organization.name,
      source: 'https://feed.example/services #1',
      foreignTerms: ['openEligibility:Counseling'],
      record: { id, name: 'Counselling for young people' },
    })
    expect((held!.reasons as string[]).join('\n')).toContain('no Local Offer category')
    // What the record says already is offered to the officer, so only the category is asked.
    expect(held!.suggested).toMatchObject({
      accessRoutes: ['self-referral'],
      organisationType: 'charity',
    })
    expect(await listingsOf(id)).toHaveLength(0)
  })

  it('is updated, not held twice, when the feed is imported again', async () => {
    const renamed = { ...record, name: 'Counselling for young people (renamed)' }
    const report = await importFeed(target.payload, feed(renamed), {
      dryRun: false,
      publish: false,
      mapping,
    })
    expect(report.results[0]!.details.at(-1)).toBe(HELD['held again'])
    const held = await heldRecords(id)
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({ status: 'waiting', name: renamed.name })
  })

  it('becomes a draft listing in the moderation queue with the officer’s category', async () => {
    const [held] = await heldRecords(id)
    const response = await apiFor(target)({
      path: `/import-sorting/${held!.id}/classify`,
      ...jsonPost({
        category: 'health',
        subCategories: ['mental-health'],
        areasOfNeed: ['social-emotional-mental-health'],
        accessRoutes: ['self-referral'],
      }),
      as: world.officer,
    })
    const body = (await response.json()) as { message: string; listing: number }
    expect(response.status, body.message).toBe(200)
    expect(body.message).toContain('moderation queue')

    const [listing, ...others] = await listingsOf(id)
    expect(others).toHaveLength(0)
    expect(listing).toMatchObject({
      id: body.listing,
      name: 'Counselling for young people (renamed)',
      category: 'health',
      subCategories: ['mental-health'],
      areasOfNeed: ['social-emotional-mental-health'],
      _status: 'draft',
      moderation: 'submitted',
      cost: { type: 'free' },
    })
    // Never published from here: there is no live version.
    const live = await target.payload.count({
      collection: 'services',
      overrideAccess: true,
      where: { and: [{ id: { equals: listing!.id } }, { _status: { equals: 'published' } }] },
    })
    expect(live.totalDocs).toBe(0)

    const [after] = await heldRecords(id)
    expect(after).toMatchObject({
      status: 'listed',
      listing: listing!.id,
      decidedBy: world.officer.id,
    })
    expect(after!.decidedAt).toBeTruthy()

    // Sorted once: a second click is refused and makes nothing.
    const again = await apiFor(target)({
      path: `/import-sorting/${held!.id}/classify`,
      ...jsonPost({ category: 'health', accessRoutes: ['self-referral'] }),
      as: world.officer,
    })
    expect(again.status).toBe(409)
    expect(await listingsOf(id)).toHaveLength(1)
  })

  it('is read with the officer’s classification when imported again: one listing still', async () => {
    const report = await importFeed(
      target.payload,
      feed({ ...record, name: 'Counselling for young people (renamed)' }),
      { dryRun: false, publish: false, mapping },
    )
    expect(report.results[0]!.outcome).toBe('unchanged')
    expect(await listingsOf(id)).toHaveLength(1)
    expect(await heldRecords(id)).toHaveLength(1)
    expect((await heldRecords(id))[0]!.status).toBe('listed')
  })
})

describe('the officer’s other choices', () => {
  it('a dismissed record stays dismissed: later imports skip it', async () => {
    const id = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'
    const record = unclassified(id, 'Adult counselling')
    await importFeed(target.payload, feed(record), { dryRun: false, publish: false, mapping })
    const [held] = await heldRecords(id)
    const api = apiFor(target)
    const noReason = await api({
      path: `/import-sorting/${held!.id}/dismiss`,
      ...jsonPost({ reason: '  ' }),
      as: world.officer,
    })
    expect(noReason.status).toBe(400)
    const dismissed = await api({
      path: `/import-sorting/${held!.id}/dismiss`,
      ...jsonPost({ reason: 'An adult service: not part of the Local Offer.' }),
      as: world.admin,
    })
    expect(dismissed.status).toBe(200)
    expect((await heldRecords(id))[0]).toMatchObject({
      status: 'dismissed',
      dismissReason: 'An adult service: not part of the Local Offer.',
      decidedBy: world.admin.id,
    })
    const again = await importFeed(target.payload, feed(record), {
      dryRun: false,
      publish: false,
      mapping,
    })
    expect(again.results[0]).toMatchObject({ outcome: 'skipped' })
    expect(again.results[0]!.details.at(-1)).toBe(HELD['dismissed before'])
    expect(await heldRecords(id)).toHaveLength(1)
    expect((await heldRecords(id))[0]!.status).toBe('dismissed')
    expect(await listingsOf(id)).toHaveLength(0)
  })

  it('a classification the record cannot take is refused in plain words, nothing written', async () => {
    const id = '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f'
    await importFeed(target.payload, feed(unclassified(id, 'Family counselling')), {
      dryRun: false,
      publish: false,
      mapping,
    })
    const [held] = await heldRecords(id)
    const response = await apiFor(target)({
      path: `/import-sorting/${held!.id}/classify`,
      // A sub-category of another category, and no way for families to get it.
      ...jsonPost({ category: 'health', subCategories: ['holiday-schemes'], accessRoutes: [] }),
      as: world.officer,
    })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
    expect(errors[0]!.message).toContain('"holiday-schemes" is not in the category "health"')
    expect((await heldRecords(id))[0]!.status).toBe('waiting')
    expect(await listingsOf(id)).toHaveLength(0)
  })

  it('a held record the mapping file now covers is imported and closed', async () => {
    const id = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'
    const record = unclassified(id, 'Counselling at the youth centre')
    await importFeed(target.payload, feed(record), { dryRun: false, publish: false, mapping })
    expect((await heldRecords(id))[0]!.status).toBe('waiting')
    const covering = parseVocabularyMapping(
      {
        terms: {
          'openEligibility:Counseling': { category: 'health', subCategories: ['mental-health'] },
        },
      },
      'test mapping',
    )
    const report = await importFeed(target.payload, feed(record), {
      dryRun: false,
      publish: false,
      mapping: covering,
    })
    expect(report.results[0]!.outcome).toBe('created')
    expect(report.results[0]!.details).toContain(CLOSED)
    const [listing] = await listingsOf(id)
    expect(listing).toMatchObject({ category: 'health', moderation: 'submitted' })
    expect((await heldRecords(id))[0]).toMatchObject({ status: 'imported', listing: listing!.id })
  })
})
