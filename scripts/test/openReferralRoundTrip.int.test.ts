/**
 * The Open Referral UK round trip, on this run's database (SQLite, then PostgreSQL): the demo
 * Local Offer is exported with the site's own exporter, written as the static files the site
 * publishes, imported from them into an empty database, and exported again: every file is the
 * same. Then: a second import changes nothing, a dry run writes nothing, and malformed records
 * are rejected with their reasons while the others are imported, none of them half-written.
 */
import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { readCouncilVocabularies } from '@local-offer/cms/vocabularies'
import { derivedId, type OpenReferralService } from '@local-offer/shared/openReferral'
import {
  buildOpenReferralFeed,
  feedFiles,
  mapService,
  rawServiceSchema,
} from '@local-offer/site/openReferral'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFeed, type ImportReport } from '../src/openReferral/importFeed'
import { readFeed, type FeedRecord } from '../src/openReferral/readFeed'
import { countOutcomes } from '../src/openReferral/report'
import { ukProfileValidator } from './support/ukProfile'
import { demoContent } from '../src/seed/content'
import { seed } from '../src/seed/load'

const now = new Date('2026-11-22T09:00:00Z')
let source: TestPayload
let target: TestPayload
/** The same feed imported a record at a time (new listings are otherwise written together). */
let oneAtATime: TestPayload
let folder: string
let exported: Map<string, unknown>
let firstImport: ImportReport

/** The feed exactly as the site builds it: published listings, read as an anonymous visitor. */
async function exportFeed(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'services',
    locale: 'all',
    depth: 2,
    draft: false,
    pagination: false,
    overrideAccess: false,
    where: { _status: { equals: 'published' } },
  })
  const listings = docs
    .map((doc) => rawServiceSchema.parse(JSON.parse(JSON.stringify(doc))))
    .filter((raw) => raw.reviewStatus !== 'withdrawn')
    .map((raw) => mapService(raw, { cmsUrl: 'http://127.0.0.1:3000' }))
  const localities = await payload.find({
    collection: 'localities',
    locale: 'en',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  // The council's vocabularies as the site reads them (lib/siteVocabularies).
  const council = await readCouncilVocabularies(payload)
  const asSite = <T extends { value: string }>(terms: readonly T[]) =>
    terms.map((term, index) => ({ ...term, id: term.value, order: index }))
  return buildOpenReferralFeed(
    listings,
    localities.docs.map((doc) => ({ id: doc.slug!, key: doc.slug!, name: { en: doc.name! } })),
    {
      subCategories: asSite(council.subCategories).map((sub) => ({
        ...sub,
        esdServiceTypes: [...sub.esdServiceTypes],
      })),
      venueFeatures: asSite(council.venueFeatures),
      languages: asSite(council.languages),
    },
  )
}

/**
 * The files as one object, without `last_modified`: an import cannot keep a document's update
 * time (the CMS sets it on every write), so it is the one field a round trip changes.
 */
const asObject = (files: Map<string, unknown>) =>
  JSON.parse(
    JSON.stringify(Object.fromEntries(files), (key, value: unknown) =>
      key === 'last_modified' ? undefined : value,
    ),
  ) as Record<string, unknown>

function writeFeed(files: Map<string, unknown>, root: string) {
  for (const [file, body] of files) {
    const target = path.join(root, file.replace(/^openreferral\//, ''))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, JSON.stringify(body, null, 2))
  }
}

let firstImportCalls: Record<string, number>

/**
 * Counts the local API calls made on `payload` (`create:audit-log`…) until `stop`, which puts the
 * methods back and returns the counts.
 */
function countCallsByCollection(payload: Payload, methods: readonly ('create' | 'find')[]) {
  const counts: Record<string, number> = {}
  const originals = methods.map((method) => [method, payload[method]] as const)
  for (const [method, original] of originals) {
    const counted = (args: { collection: string }) => {
      const key = `${method}:${args.collection}`
      counts[key] = (counts[key] ?? 0) + 1
      return (original as (a: unknown) => unknown).call(payload, args)
    }
    Object.assign(payload, { [method]: counted })
  }
  return {
    stop: () => {
      for (const [method, original] of originals) Object.assign(payload, { [method]: original })
      return counts
    },
  }
}

const servicesOf = (files: Map<string, unknown>) =>
  [...files.entries()]
    .filter(([file]) => /services\/[0-9a-f-]{36}\.json$/.test(file))
    .map(([, body]) => body as OpenReferralService)

beforeAll(async () => {
  source = await startTestPayload()
  await seed(source.payload, demoContent, { password: 'test-password', now })
  exported = feedFiles(await exportFeed(source.payload))
  folder = mkdtempSync(path.join(tmpdir(), 'local-offer-oruk-'))
  writeFeed(exported, folder)
  target = await emptyCouncil()
  const counting = countCallsByCollection(target.payload, ['create', 'find'])
  try {
    firstImport = await importFeed(target.payload, readFeed(folder), {
      dryRun: false,
      publish: true,
    })
  } finally {
    firstImportCalls = counting.stop()
  }
  oneAtATime = await emptyCouncil()
  await importFeed(oneAtATime.payload, readFeed(folder), {
    dryRun: false,
    publish: true,
    oneAtATime: true,
  })
}, 600_000)

/**
 * A council with nothing but its areas, as on its day one: the venues' localities (and so the
 * service areas exported again) are derived from them.
 */
async function emptyCouncil(): Promise<TestPayload> {
  const council = await startTestPayload()
  for (const locality of demoContent.localities) {
    await council.payload.create({
      collection: 'localities',
      data: { slug: locality.key, name: locality.name.en, postcodeAreas: locality.postcodeAreas },
    })
  }
  return council
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** What differs by when and where a document was written: ids, times, the random row ids. */
const unstored = new Set(['id', 'createdAt', 'updatedAt', 'parent', 'listing', 'versionId'])

function comparable(value: unknown): Json {
  if (Array.isArray(value)) return value.map((item) => comparable(item))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !unstored.has(key))
        .map(
          ([key, v]) =>
            [key, key === 'textChangedAt' ? Object.keys(v ?? {}).sort() : comparable(v)] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    )
  }
  return (value ?? null) as Json
}

/** Every listing (drafts too) with its organisation's Open Referral id, and every audit entry. */
async function storedImport(payload: Payload) {
  const listings = await payload.find({
    collection: 'services',
    locale: 'all',
    depth: 1,
    draft: true,
    pagination: false,
    sort: 'openReferralId',
  })
  const audit = await payload.find({
    collection: 'audit-log',
    depth: 0,
    pagination: false,
    sort: 'listingName',
  })
  return {
    listings: listings.docs.map((doc) =>
      comparable({
        ...doc,
        organisation: typeof doc.organisation === 'object' ? doc.organisation.openReferralId : null,
      }),
    ),
    audit: audit.docs.map((entry) => comparable(entry)),
  }
}

afterAll(async () => {
  await source?.shutdown()
  await target?.shutdown()
  await oneAtATime?.shutdown()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('Open Referral UK round trip', () => {
  it('exports every published listing, with the parts families need', () => {
    const services = servicesOf(exported)
    const published = demoContent.services.filter((s) => s.status === 'published').length
    expect(services).toHaveLength(published)
    // The demo content exercises every part of the mapping, so the round trip below is not
    // vacuous: each of these appears in at least one exported service.
    const all = JSON.stringify(services)
    for (const part of [
      '"address_2"',
      '"eligibility_description"',
      'Referral form: https://',
      '## How to complain or appeal',
      '## Approach to teaching children and young people with SEN',
      '"local-offer-venue-feature"',
      '"local-offer-requirement"',
      '"local-offer-sub-category"',
      '"amount_description"',
      '"phones"',
      '"email"',
      '"notes"',
      '"code"',
      '"organization_identifiers"',
    ]) {
      expect(all, part).toContain(part)
    }
  })

  it('publishes only documents the official UK profile schemas accept', () => {
    const validator = ukProfileValidator()
    const problems = [...exported].flatMap(([file, body]) => validator.file(file, body))
    expect(problems).toEqual([])
    for (const endpoint of ['services', 'service_at_locations', 'organizations', 'taxonomies']) {
      expect([...exported.keys()], endpoint).toContain(`openreferral/${endpoint}/page/1.json`)
    }
  })

  it('imports the whole feed into an empty database', () => {
    const counts = countOutcomes(firstImport)
    const rejected = firstImport.results.filter((r) => r.outcome === 'rejected')
    expect(rejected, JSON.stringify(rejected, null, 2)).toEqual([])
    expect(counts.created).toBe(servicesOf(exported).length)
    // All of them new: written together, none left to the one-at-a-time import.
    expect(firstImport.writtenTogether).toBe(counts.created)
  })

  it('writes a run’s audit entries in one insert and asks for one site rebuild for all of it', async () => {
    const runs = Math.ceil(servicesOf(exported).length / 100)
    // Not an audit entry created at a time (one insert a run, through the database adapter).
    expect(firstImportCalls['create:audit-log'] ?? 0).toBe(0)
    const publications = async (payload: Payload) =>
      (await payload.count({ collection: 'audit-log', where: { action: { equals: 'publish' } } }))
        .totalDocs
    expect(await publications(target.payload)).toBe(await publications(oneAtATime.payload))
    // One look at the build queue a run, where each listing asked on its own.
    expect(firstImportCalls['find:site-builds']).toBe(runs)
    const queued = async (payload: Payload) =>
      (await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } } }))
        .docs
    const [build] = await queued(target.payload)
    const [alone] = await queued(oneAtATime.payload)
    // The build it asks for counts every listing (and new organisation), as the one-at-a-time
    // import's does, and names the same last change.
    expect(build!.changes).toBeGreaterThanOrEqual(servicesOf(exported).length)
    expect(build).toMatchObject({ changes: alone!.changes, lastChange: alone!.lastChange })
  })

  it('stores what importing one record at a time stores, though new listings are written together', async () => {
    const together = await storedImport(target.payload)
    expect(together.listings).toHaveLength(servicesOf(exported).length)
    expect(together).toEqual(await storedImport(oneAtATime.payload))
  })

  it('stores drafts for moderation as importing one record at a time does', async () => {
    const records = servicesOf(exported)
      .slice(0, 12)
      .map((record, i): FeedRecord => ({ source: `#${i}`, record }))
    const councils = [await emptyCouncil(), await emptyCouncil()]
    try {
      const [together, alone] = councils as [TestPayload, TestPayload]
      const report = await importFeed(together.payload, records, {
        dryRun: false,
        publish: false,
      })
      expect(report.writtenTogether).toBe(12)
      await importFeed(alone.payload, records, { dryRun: false, publish: false, oneAtATime: true })
      const stored = await storedImport(together.payload)
      expect(stored.listings).toHaveLength(12)
      expect(JSON.stringify(stored.listings)).toContain('"moderation":"submitted"')
      expect(stored).toEqual(await storedImport(alone.payload))
    } finally {
      for (const council of councils) await council.shutdown()
    }
  })

  it('exports the imported database to the same documents', async () => {
    const again = feedFiles(await exportFeed(target.payload))
    expect(asObject(again)).toEqual(asObject(exported))
    expect(JSON.stringify(asObject(exported))).toContain('"service_areas"')
  })

  it('changes nothing when the same feed is imported again', async () => {
    const report = await importFeed(target.payload, readFeed(folder), {
      dryRun: false,
      publish: true,
    })
    const counts = countOutcomes(report)
    expect(counts.unchanged).toBe(servicesOf(exported).length)
    expect(counts.created + counts.updated + counts.rejected).toBe(0)
    expect(report.results.every((r) => r.organisation === 'unchanged')).toBe(true)
  })

  it('writes nothing on a dry run, but says what it would do', async () => {
    const [first, second] = servicesOf(exported)
    const renamed = { ...first!, name: `${first!.name} (renamed)` }
    const fresh = {
      ...second!,
      id: derivedId(second!.id, 'dry-run'),
      name: 'A listing only the dry run sees',
    }
    const before = await target.payload.count({ collection: 'services' })
    const report = await importFeed(
      target.payload,
      [renamed, fresh].map((record, i): FeedRecord => ({ source: `#${i}`, record })),
      { dryRun: true, publish: true },
    )
    expect(report.results.map((r) => r.outcome)).toEqual(['updated', 'created'])
    expect(report.results[0]!.details).toContain('changed: name')
    expect((await target.payload.count({ collection: 'services' })).totalDocs).toBe(
      before.totalDocs,
    )
    const { docs } = await target.payload.find({
      collection: 'services',
      where: { openReferralId: { equals: first!.id } },
    })
    expect(docs[0]?.name).toBe(first!.name)
  })

  it('rejects malformed records with their reasons and imports the rest, none half-written', async () => {
    const template = servicesOf(exported).find((s) => (s.service_at_locations?.length ?? 0) > 0)!
    const newId = (key: string) => derivedId(template.id, key)
    const good = { ...template, id: newId('good'), name: 'A new listing from the feed' }
    const noOrganisation = { ...template, id: newId('no-org'), organization: undefined }
    const notAUuid = { ...template, id: 'listing-17' }
    const noCategory = {
      ...template,
      id: newId('no-category'),
      attributes: template.attributes?.filter(
        (a) => a.taxonomy_term?.taxonomy !== 'local-offer-category',
      ),
    }
    const badSchedule = {
      ...template,
      id: newId('bad-schedule'),
      schedules: [{ id: 'x', freq: 'WEEKLY', byday: 'XX', opens_at: '9am', closes_at: '17:00' }],
    }
    const badPostcode = {
      ...template,
      id: newId('bad-postcode'),
      name: 'A listing with a bad postcode',
      service_at_locations: template.service_at_locations!.map((sal) => ({
        ...sal,
        location: {
          ...sal.location,
          addresses: sal.location.addresses!.map((a) => ({ ...a, postal_code: 'NOT A POSTCODE' })),
        },
      })),
    }
    // Passes the mapping but not the CMS's validation, after its new organisation is written.
    const newOrganisationId = newId('new-org')
    const closesBeforeOpening = {
      ...template,
      id: newId('closes-before-opening'),
      name: 'A listing that closes before it opens',
      organization: { ...template.organization, id: newOrganisationId, name: 'New organisation' },
      schedules: [{ id: 'y', freq: 'WEEKLY', byday: 'MO', opens_at: '17:00', closes_at: '09:00' }],
    }
    const inactive = { ...template, id: newId('inactive'), status: 'defunct' }
    const records = [
      noOrganisation,
      notAUuid,
      noCategory,
      badSchedule,
      badPostcode,
      inactive,
      closesBeforeOpening,
      good,
    ]
    const report = await importFeed(
      target.payload,
      records.map((record, i): FeedRecord => ({ source: `#${i}`, record })),
      { dryRun: false, publish: true },
    )
    const outcome = report.results.map((r) => [r.outcome, r.details.join('; ')])
    // The closing time refuses the run's new listings written together: each record was then
    // imported on its own, and says why.
    expect(report.writtenTogether).toBe(0)
    expect(outcome[0]).toEqual(['rejected', expect.stringContaining('organization')])
    expect(outcome[1]).toEqual(['rejected', 'id: must be a UUID'])
    // Good data the Local Offer cannot classify: held for an officer, not rejected.
    expect(outcome[2]).toEqual([
      'needs sorting',
      expect.stringContaining('no Local Offer category'),
    ])
    expect(outcome[3]).toEqual(['rejected', expect.stringContaining('schedule 1 needs byday')])
    expect(outcome[4]).toEqual(['rejected', expect.stringContaining('postcode')])
    expect(outcome[5]).toEqual(['skipped', expect.stringContaining('"defunct"')])
    expect(outcome[6]).toEqual(['rejected', expect.stringMatching(/clos/i)])
    expect(outcome[7]![0]).toBe('created')
    const organisations = await target.payload.find({
      collection: 'organisations',
      where: { openReferralId: { equals: newOrganisationId } },
    })
    expect(organisations.totalDocs).toBe(0)
    const created = await target.payload.find({
      collection: 'services',
      where: { openReferralId: { equals: good.id } },
    })
    expect(created.docs[0]?.name).toBe('A new listing from the feed')
  })
  it('moves a listing to the organisation the feed now names', async () => {
    const [, , third] = servicesOf(exported)
    const organisation = {
      ...third!.organization,
      id: derivedId(third!.id, 'new-owner'),
      name: 'New owner',
    }
    const report = await importFeed(
      target.payload,
      [{ source: '#0', record: { ...third!, organization: organisation } }],
      { dryRun: false, publish: true },
    )
    expect(report.results[0]).toMatchObject({ outcome: 'updated', organisation: 'created' })
    expect(report.results[0]!.details).toContain('changed: organisation')
    const { docs } = await target.payload.find({
      collection: 'services',
      where: { openReferralId: { equals: third!.id } },
      depth: 1,
    })
    const owner = docs[0]?.organisation
    expect(typeof owner === 'object' && owner?.name).toBe('New owner')
  })
})
