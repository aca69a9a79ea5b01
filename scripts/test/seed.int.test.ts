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

  it('stores each listing’s review state: 6 overdue and 5 due soon, nothing withdrawn', async () => {
    const count = async (reviewStatus: string) =>
      (
        await t.payload.count({
          collection: 'services',
          where: {
            and: [{ _status: { equals: 'published' } }, { reviewStatus: { equals: reviewStatus } }],
          },
        })
      ).totalDocs
    expect(await count('overdue')).toBe(6)
    expect(await count('due-soon')).toBe(5)
    expect(await count('withdrawn')).toBe(0)
    expect(await count('current')).toBe(report.published - 11)
  })

  it('publishes the published listings as approved and puts two drafts in the moderation queue', async () => {
    const approved = await t.payload.count({
      collection: 'services',
      where: { moderation: { equals: 'approved' } },
    })
    expect(approved.totalDocs).toBe(report.published)
    const queue = await t.payload.find({
      collection: 'services',
      draft: true,
      where: { moderation: { equals: 'submitted' } },
      limit: 0,
    })
    expect(queue.docs.map((d) => d.name).sort()).toEqual(
      demoContent.services
        .filter((s) => s.submittedForReview)
        .map((s) => s.name.en)
        .sort(),
    )
    expect(queue.totalDocs).toBe(2)
  })

  it('lets the demo accounts sign in', async () => {
    const login = await t.payload.login({
      collection: 'users',
      data: { email: STAFF_ACCOUNTS[1].email, password: 'test-password' },
    })
    expect(login.user?.role).toBe('officer')
  })
})
