import {
  derivedId,
  serviceSchema,
  taxonomyTermOf,
  vocabularyTerms,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonical, changedFields } from '../src/openReferral/compare'
import { readFeed, FeedError, type FeedRecord } from '../src/openReferral/readFeed'
import { statusNotImported, toCmsData } from '@local-offer/cms/openReferralImport/toCmsData'
import { withStarterVocabularies } from './support/feedListings'

const SERVICE = '9b2e4c1a-6d3f-4a8b-b7e1-2c5d8f0a9e34'
const ORG = '1f7a3b9c-2e4d-4c6a-8b1e-7d9f0a2c4e61'

const attribute = (taxonomy: string, code: string) => {
  const term = vocabularyTerms.find((t) => t.vocabulary === taxonomy && t.code === code)!
  return { id: derivedId(SERVICE, `${taxonomy}/${code}`), taxonomy_term: taxonomyTermOf(term) }
}

/** A record as another publisher might send it, with the Local Offer's terms added. */
function record(overrides: Partial<OpenReferralService> = {}): OpenReferralService {
  return serviceSchema.parse({
    id: SERVICE,
    name: 'Family support',
    description: 'Help for families at home.\n\nWe visit weekly.',
    status: 'active',
    minimum_age: 0,
    maximum_age: 18,
    application_process: 'Phone the duty worker.',
    organization: {
      id: ORG,
      name: 'Westbridge Family Trust',
      attributes: [attribute('local-offer-organisation-type', 'charity')],
    },
    contacts: [{ id: 'c1', name: 'Duty worker', phones: [{ id: 'p1', number: '0121 496 0002' }] }],
    schedules: [
      { id: 's1', freq: 'WEEKLY', byday: 'mo,we', opens_at: '09:00:00Z', closes_at: '17:30' },
    ],
    languages: [
      { id: 'l1', code: 'PL', name: 'Polish' },
      { id: 'l2', code: 'xx', name: 'Klingon' },
    ],
    cost_options: [{ id: 'k1', option: 'Free' }],
    attributes: [
      attribute('local-offer-category', 'social-care'),
      attribute('local-offer-access-route', 'self-referral'),
      { id: 'a9', taxonomy_term: { id: 't9', taxonomy: 'Open Eligibility', name: 'Families' } },
    ],
    ...overrides,
  })
}

describe('an Open Referral record as CMS documents', () => {
  it('maps a record from another publisher and notes what it left out', () => {
    const result = withStarterVocabularies(() => toCmsData(record()))
    if (!result.ok) throw new Error(result.reasons.join('; '))
    expect(result.organisation).toMatchObject({ openReferralId: ORG, type: 'charity' })
    expect(result.service).toMatchObject({
      openReferralId: SERVICE,
      summary: 'Help for families at home.',
      category: 'social-care',
      ageRange: { minimum: 0, maximum: 18 },
      access: { routes: ['self-referral'], howToAccess: 'Phone the duty worker.' },
      cost: { type: 'free' },
      contacts: [{ name: 'Duty worker', phone: '0121 496 0002' }],
      openingTimes: [{ days: ['monday', 'wednesday'], opens: '09:00', closes: '17:30' }],
      languages: ['pl'],
    })
    expect(result.notes).toEqual([
      "taxonomy terms outside the Local Offer's vocabularies left out: Open Eligibility:Families",
      "language Klingon is not on the Local Offer's list",
    ])
  })

  it('rejects a record without what the Local Offer needs, naming each gap', () => {
    const result = withStarterVocabularies(() =>
      toCmsData(
        record({
          attributes: [],
          minimum_age: null,
          application_process: '',
          contacts: [],
          cost_options: [],
          description: 'x'.repeat(301),
          service_at_locations: [{ id: 'sal', location: { id: 'loc', addresses: [] } }],
        }),
      ),
    )
    expect(result.ok).toBe(false)
    // What the publisher must fix, and (apart) what an officer can decide: all at once.
    expect(!result.ok && result.reasons).toEqual([
      'minimum_age and maximum_age are needed: the Local Offer shows the ages, 0 to 25',
      'application_process is empty: say how a family gets the service',
      "the description's first paragraph is 301 characters: the summary holds at most 300",
      'no contacts: the Local Offer needs at least one',
      'location 1 has no address',
    ])
    expect(!result.ok && result.toSort).toEqual([
      'no Local Offer category: add an attribute with a local-offer-category term',
      'no access route: add attributes with local-offer-access-route terms',
      'no cost: add an attribute with a local-offer-cost term',
    ])
  })
})

describe('comparing with what the CMS holds', () => {
  it('ignores row ids, nulls and empty lists, and compares rich text as text', () => {
    expect(canonical({ a: [{ id: 'x', b: 1, c: null }], d: [], e: '' })).toEqual({ a: [{ b: 1 }] })
    const stored = {
      name: 'A',
      contacts: [{ id: 'r1', name: 'N', email: null }],
      lastReviewed: '2026-01-02T00:00:00.000Z',
      description: {
        root: { children: [{ type: 'heading', children: [{ type: 'text', text: 'T' }] }] },
      },
    }
    const incoming = {
      name: 'A',
      contacts: [{ name: 'N' }],
      lastReviewed: '2026-01-02T12:00:00.000Z',
      description: {
        root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'T' }] }] },
      },
    }
    expect(changedFields(incoming, stored)).toEqual([])
    expect(changedFields({ ...incoming, name: 'B' }, stored)).toEqual(['name'])
    expect(changedFields(incoming, undefined)).toEqual(Object.keys(incoming))
  })

  it('leaves alone what the feed does not carry: coordinates worked out by the CMS, the link purpose a provider chose', () => {
    const stored = {
      access: { routes: ['self'], onlineLinkPurpose: 'apply', referralUrl: 'https://a.example' },
      locations: [
        { id: 'r1', postcode: 'WB1 2AB', latitude: 51.4, longitude: -0.2, placeWarning: null },
      ],
    }
    const incoming = {
      access: { routes: ['self'], referralUrl: 'https://a.example' },
      locations: [{ postcode: 'WB1 2AB' }],
    }
    expect(changedFields(incoming, stored)).toEqual([])
    expect(changedFields({ ...incoming, locations: [{ postcode: 'WB2 1AA' }] }, stored)).toEqual([
      'locations',
    ])
    expect(
      changedFields(
        { ...incoming, locations: [...incoming.locations, { postcode: 'WB3 1AA' }] },
        stored,
      ),
    ).toEqual(['locations'])
    expect(changedFields({ ...incoming, access: { routes: ['referral'] } }, stored)).toEqual([
      'access',
    ])
  })
})

describe('reading a feed', () => {
  const pages = [
    { ids: ['a', 'b'], last: false },
    { ids: ['c', 'missing'], last: true },
  ]
  const envelope = (n: number) => ({
    total_items: 4,
    total_pages: 2,
    page_number: n,
    size: 2,
    first_page: n === 1,
    last_page: pages[n - 1]!.last,
    empty: false,
    contents: pages[n - 1]!.ids.map((id) => ({ id })),
  })
  let server: Server
  let folder: string
  let port: number

  beforeAll(async () => {
    // An Open Referral API under /api (/services?page=n, /services/{id}) and the Local Offer's
    // static feed under /site/openreferral/ (services/page/n.json, services/{id}.json).
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const staticPage = url.pathname.match(/^\/site\/openreferral\/services\/page\/(\d)\.json$/)
      const page = staticPage
        ? Number(staticPage[1])
        : url.pathname === '/api/services'
          ? Number(url.searchParams.get('page'))
          : NaN
      const id =
        url.pathname.match(/^\/api\/services\/(\w+)$/)?.[1] ??
        url.pathname.match(/^\/site\/openreferral\/services\/(\w+)\.json$/)?.[1]
      const body = page ? envelope(page) : id && id !== 'missing' ? { id, name: id } : undefined
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body ?? { error: 'not found' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as { port: number }).port
    folder = mkdtempSync(path.join(tmpdir(), 'oruk-feed-'))
    mkdirSync(path.join(folder, 'services', 'page'), { recursive: true })
    for (const n of [1, 2]) {
      writeFileSync(path.join(folder, 'services', 'page', `${n}.json`), JSON.stringify(envelope(n)))
    }
    for (const id of ['a', 'b', 'c']) {
      writeFileSync(path.join(folder, 'services', `${id}.json`), JSON.stringify({ id }))
    }
  })
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  const collect = async (location: string) => {
    const records: FeedRecord[] = []
    for await (const r of readFeed(location)) records.push(r)
    return records.map((r) =>
      'error' in r ? `error: ${r.error}` : (r.record as { id: string }).id,
    )
  }

  it('follows the pages of an API and fetches each service', async () => {
    expect(await collect(`http://127.0.0.1:${port}/api`)).toEqual([
      'a',
      'b',
      'c',
      'error: the service missing is listed but not found',
    ])
  })

  it('follows the pages of a static feed on a web site', async () => {
    expect(await collect(`http://127.0.0.1:${port}/site/openreferral/`)).toEqual([
      'a',
      'b',
      'c',
      'error: the service missing is listed but not found',
    ])
  })

  it('reads the static feed from a folder', async () => {
    expect(await collect(folder)).toEqual([
      'a',
      'b',
      'c',
      'error: the service missing is listed but not found',
    ])
  })

  it('reads a single file, and stops with a clear error when there is nothing to read', async () => {
    expect(await collect(path.join(folder, 'services', 'a.json'))).toEqual(['a'])
    await expect(collect(path.join(folder, 'nowhere'))).rejects.toThrow(FeedError)
  })
})

describe('which Open Referral statuses are imported', () => {
  it('imports active and temporarily closed services, and says why any other is skipped', () => {
    expect(statusNotImported('active')).toBeNull()
    expect(statusNotImported('temporarily closed')).toBeNull()
    expect(statusNotImported('defunct')).toBe(
      'its status is "defunct": only active and temporarily closed services are imported',
    )
    expect(statusNotImported('constructor')).toContain('"constructor"')
  })
})
