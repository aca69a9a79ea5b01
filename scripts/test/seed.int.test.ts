import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { translationMayBeOutOfDate } from '@local-offer/shared'
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
    // The site build after the seed publishes it all: the seed's saves ask for no rebuild each.
    expect((await payload.count({ collection: 'site-builds' })).totalDocs).toBe(0)
  })

  it('fills the council settings with the demo council, in every language it gives', async () => {
    const en = await t.payload.findGlobal({ slug: 'council-settings', locale: 'en', depth: 1 })
    expect(en).toMatchObject({
      councilName: demoContent.council.councilName.en,
      shortName: demoContent.council.shortName.en,
      brandColour: demoContent.council.brandColour,
      contact: { email: demoContent.council.contact.email },
      sendiass: { name: demoContent.council.sendiass.name.en },
      accessibility: { responseDays: demoContent.council.accessibility.responseDays },
    })
    expect(typeof en.logo === 'object' && en.logo?.alt).toBe(demoContent.council.logoAlt.en)
    const pl = await t.payload.findGlobal({ slug: 'council-settings', locale: 'pl', depth: 0 })
    expect(pl.footerNote).toBe(demoContent.council.footerNote?.pl)
    expect(pl.accessibility.enforcement).toBe(demoContent.council.accessibility.enforcement.pl)
    expect(pl.footerLinks?.[0]?.label).toBe(demoContent.council.footerLinks[0]?.label.pl)
    // Not translated: falls back to English.
    expect(pl.councilName).toBe(demoContent.council.councilName.en)
  })

  it('gives every organisation a logo image with alternative text', async () => {
    const { docs } = await t.payload.find({ collection: 'organisations', depth: 1, limit: 0 })
    for (const organisation of docs) {
      const logo = organisation.logo
      expect(typeof logo === 'object' && logo !== null).toBe(true)
      if (typeof logo !== 'object' || logo === null) continue
      expect(logo.alt).toBe(`${organisation.name} logo`)
      expect(logo.mimeType).toBe('image/webp')
      expect(logo.width).toBe(480)
    }
    expect(docs).toHaveLength(8)
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

  it('stores translations of the text inside locations, contacts and opening times', async () => {
    const seeded = demoContent.services.find(
      (s) =>
        s.status === 'published' &&
        s.name.pl &&
        s.locations[0]?.name?.pl &&
        s.locations[0].accessibility?.pl &&
        s.contacts[0]?.role?.pl &&
        s.openingTimes[0]?.note?.pl,
    )
    expect(seeded).toBeDefined()
    if (!seeded) return
    const read = async (locale: 'en' | 'pl' | 'ar') => {
      const { docs } = await t.payload.find({
        collection: 'services',
        locale,
        fallbackLocale: false,
        where: { name: { equals: seeded.name[locale] } },
      })
      expect(docs, locale).toHaveLength(1)
      return docs[0]!
    }
    const [en, pl, ar] = [await read('en'), await read('pl'), await read('ar')]
    const location = seeded.locations[0]!
    const contact = seeded.contacts[0]!
    const time = seeded.openingTimes[0]!

    expect(pl.locations?.[0]?.name).toBe(location.name?.pl)
    expect(pl.locations?.[0]?.accessibility).toBe(location.accessibility?.pl)
    expect(pl.contacts?.[0]?.role).toBe(contact.role?.pl)
    expect(pl.openingTimes?.[0]?.note).toBe(time.note?.pl)
    const polish = [
      pl.locations?.[0]?.name,
      pl.locations?.[0]?.accessibility,
      pl.contacts?.[0]?.role,
      pl.openingTimes?.[0]?.note,
    ]
    const english = [location.name?.en, location.accessibility?.en, contact.role?.en, time.note?.en]
    polish.forEach((text, index) => {
      expect(text).toBeTruthy()
      expect(text).not.toBe(english[index])
    })

    // Writing the translations updated the rows in place: the English and Arabic are still there.
    expect([
      en.locations?.[0]?.name,
      en.locations?.[0]?.accessibility,
      en.contacts?.[0]?.role,
      en.openingTimes?.[0]?.note,
    ]).toEqual(english)
    expect(ar.locations?.[0]?.name).toBe(location.name?.ar)
    expect(ar.contacts?.[0]?.role).toBe(contact.role?.ar)
    expect(ar.openingTimes?.[0]?.note).toBe(time.note?.ar)
    expect(pl.locations).toHaveLength(seeded.locations.length)
    expect(pl.locations?.map((l) => l.id)).toEqual(en.locations?.map((l) => l.id))
  })

  it('stores translations of the education offer', async () => {
    const seeded = demoContent.services.find((s) => s.educationOffer?.approachToTeaching?.pl)
    expect(seeded).toBeDefined()
    if (!seeded) return
    const { docs } = await t.payload.find({
      collection: 'services',
      locale: 'pl',
      fallbackLocale: false,
      draft: seeded.status === 'draft',
      where: { name: { equals: seeded.name.pl } },
    })
    expect(docs[0]?.educationOffer?.approachToTeaching).toBe(
      seeded.educationOffer?.approachToTeaching?.pl,
    )
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

  it('marks one listing’s translations as older than its revised English, and translates the short breaks statement', async () => {
    const { payload } = t
    const { docs } = await payload.find({
      collection: 'services',
      where: { slug: { equals: 'the-willows-specialist-holiday-scheme' } },
      locale: 'all',
      depth: 0,
    })
    const changed = docs[0]!.textChangedAt as unknown as Record<string, string>
    expect(translationMayBeOutOfDate(changed, 'pl')).toBe(true)
    expect(translationMayBeOutOfDate(changed, 'ar')).toBe(true)
    const statement = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'short-breaks-services-statement' } },
      locale: 'all',
      depth: 0,
    })
    const page = statement.docs[0]!
    const title = page.title as unknown as Record<string, string>
    expect(title.pl).toBe('Oświadczenie o usługach krótkich przerw wytchnieniowych')
    expect(title.ar).toBe('بيان خدمات فترات الراحة القصيرة')
    expect(
      translationMayBeOutOfDate(page.textChangedAt as unknown as Record<string, string>, 'pl'),
    ).toBe(false)
  })

  it('lets the demo accounts sign in', async () => {
    const login = await t.payload.login({
      collection: 'users',
      data: { email: STAFF_ACCOUNTS[1].email, password: 'test-password' },
    })
    expect(login.user?.role).toBe('officer')
  })
})
