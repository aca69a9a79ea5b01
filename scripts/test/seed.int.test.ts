import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoContent } from '../src/seed/content'
import { seed, STAFF_ACCOUNTS, type SeedReport } from '../src/seed/load'

let t: TestPayload
let report: SeedReport
const now = new Date('2026-11-22T09:00:00Z')

beforeAll(async () => {
  t = await startTestPayload()
  report = await seed(t.payload, demoContent, { password: 'test-password', now })
}, 300_000)
afterAll(async () => t?.shutdown())

describe('loading the demo content', () => {
  it('stores every record', async () => {
    const { payload } = t
    expect(report.services).toBe(demoContent.services.length)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(
      demoContent.services.length,
    )
    expect((await payload.count({ collection: 'organisations' })).totalDocs).toBe(8)
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(demoContent.pages.length)
    expect((await payload.count({ collection: 'glossary-terms' })).totalDocs).toBe(
      demoContent.glossary.length,
    )
    const providers = demoContent.organisations.reduce((n, o) => n + o.providerUsers.length, 0)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(
      providers + STAFF_ACCOUNTS.length,
    )
  })

  it('publishes all but the drafts, which anonymous visitors cannot see', async () => {
    const visible = await t.payload.find({
      collection: 'services',
      overrideAccess: false,
      limit: 0,
    })
    expect(visible.totalDocs).toBe(report.published)
    expect(report.drafts).toBeGreaterThan(0)
  })

  it('serves translations and falls back to English for untranslated listings', async () => {
    const translated = demoContent.services.find((s) => s.name.pl && s.status === 'published')
    const untranslated = demoContent.services.find((s) => !s.name.pl && s.status === 'published')
    expect(translated && untranslated).toBeTruthy()
    const [pl] = (
      await t.payload.find({
        collection: 'services',
        locale: 'pl',
        where: { name: { equals: translated!.name.pl } },
      })
    ).docs
    expect(pl?.name).toBe(translated!.name.pl)
    const [fallback] = (
      await t.payload.find({
        collection: 'services',
        locale: 'ar',
        where: { slug: { exists: true } },
        limit: 0,
      })
    ).docs.filter((d) => d.name === untranslated!.name.en)
    expect(fallback?.name).toBe(untranslated!.name.en)
  })

  it('sets review dates so some listings are overdue', async () => {
    const overdue = demoContent.services.filter((s) => s.reviewedDaysAgo > 366).length
    expect(overdue).toBeGreaterThan(0)
    const cutoff = new Date(now.getTime() - 366 * 24 * 3600 * 1000).toISOString()
    const stored = await t.payload.count({
      collection: 'services',
      where: { lastReviewed: { less_than: cutoff } },
    })
    expect(stored.totalDocs).toBe(overdue)
  })

  it('publishes an anonymised "You said, we did" report for 2025-26', async () => {
    expect(report.comments).toBe(demoContent.comments.length)
    expect((await t.payload.count({ collection: 'comments' })).totalDocs).toBe(
      demoContent.comments.length,
    )
    const { docs } = await t.payload.find({
      collection: 'feedback-reports',
      overrideAccess: false,
      depth: 3,
    })
    expect(docs.map((d) => d.year)).toEqual(['2025-26'])
    const [published] = docs
    expect(published?.themes?.length).toBeGreaterThanOrEqual(5)
    // Every comment but the one about a single child's case is counted.
    expect(published?.commentsReceived).toBe(demoContent.comments.length - 1)
    const quotes = published?.themes?.flatMap((theme) => theme.quotes ?? []) ?? []
    expect(quotes.length).toBeGreaterThanOrEqual(6)
    const text = JSON.stringify(published)
    for (const personal of [
      'Jake',
      '07700 900214',
      'Amira',
      'Westbridge College',
      'Sarah Thompson',
      'Davies',
      '42 Kestrel Way',
      'WB3 6TN',
      'layla.haddad@example.com',
      'Oliver',
    ]) {
      expect(text, personal).not.toContain(personal)
    }
    expect(text).toContain('My son [name] has been on the speech and language therapy waiting list')
    expect(text).not.toMatch(/"comments"|"quotedComments"/)
  })

  it('translates part of the report and falls back to English for the rest', async () => {
    const [pl] = (
      await t.payload.find({ collection: 'feedback-reports', locale: 'pl', overrideAccess: false })
    ).docs
    expect(pl?.title).toBe('Powiedzieliście, zrobiliśmy 2025-26')
    expect(pl?.themes?.[0]?.title).toBe('Czas oczekiwania na terapię mowy i języka')
    expect(pl?.themes?.[1]?.title).toBe('Applying for school and college transport')
    expect(pl?.themes?.[0]?.response).toMatch(/^You are right/)
  })

  it('lets the demo accounts sign in', async () => {
    const login = await t.payload.login({
      collection: 'users',
      data: { email: STAFF_ACCOUNTS[1].email, password: 'test-password' },
    })
    expect(login.user?.role).toBe('officer')
  })
})
