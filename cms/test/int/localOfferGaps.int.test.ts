import { subMonths } from 'date-fns/subMonths'
import { describe, expect, it } from 'vitest'

import { gapListings } from '../../src/plugins/localOfferGaps/gapListings'
import { dayInEngland } from '../../src/plugins/localOfferGaps/recordSearchMiss'
import { deleteOldSearchMisses } from '../../src/plugins/localOfferGaps/searchMissRetention'
import { searchMissTotals } from '../../src/plugins/localOfferGaps/searchMissSummary'
import { apiFor } from '../helpers/api'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

const beacon = (q: unknown, locale = 'en', address = '198.51.100.7') =>
  apiFor(context.t)({
    path: '/search-misses/record',
    method: 'POST',
    // What navigator.sendBeacon sends for a string: no preflight, no JSON content type.
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'X-Forwarded-For': address },
    body: JSON.stringify({ q, locale }),
  })

describe('searches that found nothing (issue 15 item 5)', () => {
  it('counts the normalised words per language and day, and keeps nothing else', async () => {
    const { t } = context
    expect((await beacon('  Hydrotherapy POOL ')).status).toBe(204)
    expect((await beacon('hydrotherapy pool')).status).toBe(204)
    expect((await beacon('hydrotherapy pool', 'pl')).status).toBe(204)
    const { docs } = await t.payload.find({
      collection: 'search-misses',
      where: { term: { equals: 'hydrotherapy pool' } },
      sort: 'locale',
    })
    const today = dayInEngland(new Date())
    expect(docs.map(({ term, locale, day, count }) => ({ term, locale, day, count }))).toEqual([
      { term: 'hydrotherapy pool', locale: 'en', day: today, count: 2 },
      { term: 'hydrotherapy pool', locale: 'pl', day: today, count: 1 },
    ])
    // No address, no time of day: the row has only these columns.
    expect(Object.keys(docs[0]!).sort()).toEqual(['count', 'day', 'id', 'locale', 'term'])
  })

  it('replaces personal data before counting, and ignores what is not a search', async () => {
    const { t } = context
    await beacon('respite for my son Oliver Smith jane@example.com')
    await beacon('')
    const badJson = await apiFor(t)({
      path: '/search-misses/record',
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'not json',
    })
    expect(badJson.status).toBe(204)
    const { docs } = await t.payload.find({ collection: 'search-misses', limit: 100 })
    const terms = docs.map((d) => d.term).join(' | ')
    expect(terms).toContain('respite for my son')
    expect(terms).not.toMatch(/oliver|jane@/i)
  })

  it('refuses a flood from one address with 429 and counts no more', async () => {
    const address = '203.0.113.99'
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) statuses.push((await beacon(`flood ${i}`, 'en', address)).status)
    expect(statuses.slice(0, 30).every((s) => s === 204)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
    const { totalDocs } = await context.t.payload.count({
      collection: 'search-misses',
      where: { term: { like: 'flood' } },
    })
    expect(totalDocs).toBe(30)
  })

  it('deletes counts older than 12 months and keeps the rest', async () => {
    const { t } = context
    const now = new Date('2027-06-15T09:00:00Z')
    for (const day of ['2026-06-14', '2026-06-15', '2027-06-01']) {
      await t.payload.create({
        collection: 'search-misses',
        data: { term: `kept until ${day}`, locale: 'en', day, count: 1 },
      })
    }
    expect(await deleteOldSearchMisses(t.payload, now)).toBeGreaterThanOrEqual(1)
    const left = (await searchMissTotals(t.payload, now)).map((s) => s.term)
    expect(left).toContain('kept until 2026-06-15')
    expect(left).toContain('kept until 2027-06-01')
    const old = await t.payload.count({
      collection: 'search-misses',
      where: { term: { equals: 'kept until 2026-06-14' } },
    })
    expect(old.totalDocs).toBe(0)
  })
})

describe('the gap table’s listings', () => {
  it('counts published listings that are current or due soon, not overdue, withdrawn or drafts', async () => {
    const { t, world } = context
    const before = await gapListings(t.payload)
    const publish = (lastReviewed: Date) =>
      t.payload.create({
        collection: 'services',
        data: {
          ...validService(world.orgA.id, { lastReviewed: lastReviewed.toISOString() }),
          _status: 'published',
        },
      })
    await publish(subMonths(new Date(), 1))
    await publish(subMonths(new Date(), 13)) // overdue
    const after = await gapListings(t.payload)
    expect(after.length - before.length).toBe(1)
  })

  it('answers staff with the CSV of the table they chose', async () => {
    const { t, world } = context
    const response = await apiFor(t)({
      path: '/local-offer-gaps/csv?rows=age&columns=locality',
      as: world.officer,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    expect(text.split('\n')[0]).toContain('Age group \\ Locality')
  })
})
