/**
 * The bulk path (`createListingsInBulk`, used by the seed, the benchmark loader and bulk loads)
 * must leave exactly what saving each listing the way a person would leaves: a create in English,
 * then a save in each translated language. The same listings go into two databases, one each way,
 * and every stored field, the latest version and the audit log are compared.
 */
import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { readCouncilVocabularies } from '@local-offer/cms/vocabularies'
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateListings } from '../src/benchmark/generateListings'
import { demoContent } from '../src/seed/content'
import { seed, seedMoreListings } from '../src/seed/load'
import type { SeedService } from '../src/seed/types'

const now = new Date('2026-11-22T09:00:00Z')
let oneByOne: TestPayload
let bulk: TestPayload
let listings: SeedService[]

const baseContent = {
  ...demoContent,
  services: [],
  pages: demoContent.pages.map((page) => ({ ...page, relatedServices: [] })),
}

async function load(t: TestPayload, oneSaveAtATime: boolean) {
  await seed(t.payload, baseContent, { password: 'test-password', now })
  await seedMoreListings(t.payload, demoContent.organisations, listings, { now, oneSaveAtATime })
}

beforeAll(async () => {
  oneByOne = await startTestPayload()
  bulk = await startTestPayload()
  const generated = generateListings({
    count: 40,
    vocabularies: await readCouncilVocabularies(oneByOne.payload),
  })
  // The demo's listings include ones revised after translation and ones submitted for review:
  // the bulk path writes those too, then saves the later changes one by one.
  listings = [...demoContent.services, ...generated]
  await load(oneByOne, true)
  await load(bulk, false)
}, 600_000)
afterAll(async () => {
  await oneByOne?.shutdown()
  await bulk?.shutdown()
})

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * A stored listing without what differs by when and where it was written: ids (its own, array
 * rows', the random Open Referral id), timestamps, and the text change dates (kept as "set").
 */
function comparable(value: unknown): Json {
  if (Array.isArray(value)) return value.map((item) => comparable(item))
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([k]) => !unstored.has(k))
      .map(([k, v]) => [k, k === 'textChangedAt' ? whichAreSet(v) : comparable(v)] as const)
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
  }
  return (value ?? null) as Json
}

/** Ids, times, and the join fields (read from other collections, not stored with the listing). */
const unstored = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'openReferralId',
  'parent',
  'internalNotes',
])

const whichAreSet = (dates: unknown): Json =>
  typeof dates === 'object' && dates !== null
    ? Object.keys(dates)
        .filter((locale) => (dates as Record<string, unknown>)[locale])
        .sort()
    : null

async function storedListings(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'services',
    locale: 'all',
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    sort: 'slug',
  })
  return docs
}

async function latestVersion(payload: Payload, id: number | string) {
  const { docs } = await payload.findVersions({
    collection: 'services',
    where: { parent: { equals: id }, latest: { equals: true } },
    locale: 'all',
    depth: 0,
    limit: 2,
  })
  return docs
}

describe('listings written in bulk', () => {
  it('are stored exactly as saving them a language at a time stores them', async () => {
    const expected = await storedListings(oneByOne.payload)
    const actual = await storedListings(bulk.payload)
    expect(actual).toHaveLength(listings.length)
    expect(actual.map((doc) => doc.slug)).toEqual(expected.map((doc) => doc.slug))
    for (const [index, doc] of actual.entries()) {
      expect(comparable(doc), `listing ${doc.slug}`).toEqual(comparable(expected[index]))
    }
    // The text change dates are set for the same languages (English and each translation).
    const translated = actual.filter((doc) => Object.keys(doc.textChangedAt ?? {}).length > 1)
    expect(translated.length).toBeGreaterThan(listings.length / 2)
  })

  it('read the same in each language, as the public site and the API read them', async () => {
    for (const locale of ['en', 'pl', 'ar'] as const) {
      const read = async (payload: Payload) =>
        (
          await payload.find({
            collection: 'services',
            locale,
            depth: 0,
            limit: 0,
            pagination: false,
            sort: 'slug',
            overrideAccess: false,
          })
        ).docs.map((doc) => comparable(doc))
      expect(await read(bulk.payload)).toEqual(await read(oneByOne.payload))
    }
  })

  it('have one latest version holding the listing as stored', async () => {
    for (const doc of await storedListings(bulk.payload)) {
      const versions = await latestVersion(bulk.payload, doc.id)
      expect(versions).toHaveLength(1)
      expect(comparable(versions[0]!.version), `version of ${doc.slug}`).toEqual(comparable(doc))
    }
  })

  it('record each publication in the audit log as the saves one at a time do, the last against the latest version', async () => {
    const entriesOf = async (payload: Payload, id: number | string) =>
      (
        await payload.find({
          collection: 'audit-log',
          where: { listing: { equals: id } },
          sort: 'createdAt',
          depth: 0,
          limit: 0,
          pagination: false,
        })
      ).docs
    const withoutIds = ({
      id: _id,
      listing: _listing,
      versionId: _version,
      ...rest
    }: object & { id?: unknown; listing?: unknown; versionId?: unknown }) => comparable(rest)
    const stored = await storedListings(bulk.payload)
    expect(stored.filter((d) => d._status === 'published').length).toBeGreaterThan(0)
    let laterSaves = 0
    for (const doc of stored) {
      const [sameListing] = (
        await oneByOne.payload.find({
          collection: 'services',
          where: { slug: { equals: doc.slug } },
          draft: true,
          depth: 0,
        })
      ).docs
      // Saved a language at a time, each translation's save adds an entry in its language after
      // the English create's; in bulk the languages are written at once, so one entry is enough.
      // What came after (the English revised, changes submitted for review) is saved one by one
      // either way and recorded alike.
      const names = doc.name as unknown as Record<string, string | null | undefined>
      const translationSaves = Object.keys(names).filter((l) => l !== 'en' && names[l]).length
      const expected = (await entriesOf(oneByOne.payload, sameListing!.id)).filter(
        (_, index) => index === 0 || index > translationSaves,
      )
      const entries = await entriesOf(bulk.payload, doc.id)
      expect(entries.map(withoutIds)).toEqual(expected.map(withoutIds))
      if (entries.length > 1) laterSaves++
      const last = entries.at(-1)
      if (doc._status === 'published' && last?.action === 'publish') {
        const [version] = await latestVersion(bulk.payload, doc.id)
        expect(last).toMatchObject({
          actorLabel: 'Demo content loader',
          versionId: String(version!.id),
        })
        expect(Date.parse(last.createdAt)).not.toBeNaN()
      }
    }
    // The demo has listings whose English was revised after translation: they are compared too.
    expect(laterSaves).toBeGreaterThan(0)
  })

  it('refuses a translation the save in its language would refuse, and writes none of the batch', async () => {
    const { payload } = bulk
    const before = await payload.count({ collection: 'services' })
    const [template] = generateListings({
      count: 1,
      seed: 7,
      vocabularies: await readCouncilVocabularies(payload),
    })
    const overlong: SeedService = {
      ...template!,
      key: 'overlong-polish-summary',
      name: { ...template!.name, en: 'A listing with an overlong Polish summary' },
      summary: { ...template!.summary, pl: 'Za długie podsumowanie. '.repeat(20) },
    }
    const valid: SeedService = {
      ...template!,
      key: 'valid-beside-it',
      name: { ...template!.name, en: 'A valid listing in the same batch' },
    }
    // Every listing of a batch is worked out before any is written: the valid one is not written.
    const attempt = seedMoreListings(payload, demoContent.organisations, [valid, overlong], {
      now,
    })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toThrow(/summary/i)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before.totalDocs)
  })
})
