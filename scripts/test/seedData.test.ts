import {
  categories,
  isReportingYear,
  reportingYearOf,
  categoryOfSubCategory,
  validateAgeRange,
  validateEmail,
  validateTimeOfDay,
  validateUkPhone,
  validateUkPostcode,
  validateWebsite,
  pageBlockSchema,
} from '@local-offer/shared'
import { councilVocabularies } from '../../shared/test/fixtures/councilVocabularies'
import { describe, expect, it } from 'vitest'

import { demoContent } from '../src/seed/content'
import { toLexical } from '../src/seed/richText'

const { organisations, services, pages, glossary, comments, feedbackReports } = demoContent

describe('the demo content is a believable Local Offer', () => {
  it('has at least 60 listings across every category', () => {
    expect(services.length).toBeGreaterThanOrEqual(60)
    for (const category of categories) {
      expect(
        services.filter((s) => s.category === category.value).length,
        category.value,
      ).toBeGreaterThanOrEqual(3)
    }
  })

  it('has 8 organisations, each with provider users', () => {
    expect(organisations).toHaveLength(8)
    for (const org of organisations) expect(org.providerUsers.length, org.key).toBeGreaterThan(0)
  })

  it('has the statutory information pages and at least 30 glossary terms', () => {
    const slugs = pages.map((p) => p.slug)
    for (const slug of [
      'request-an-ehc-needs-assessment',
      'personal-budgets',
      'home-to-school-transport-policy',
      'short-breaks-services-statement',
      'sendiass',
      'mediation-and-disagreement-resolution',
      'send-tribunal',
    ]) {
      expect(slugs).toContain(slug)
    }
    expect(glossary.length).toBeGreaterThanOrEqual(30)
  })

  it('translates a subset into Polish and Arabic', () => {
    const both = services.filter((s) => s.name.pl && s.name.ar && s.summary.pl && s.summary.ar)
    expect(both.length).toBeGreaterThanOrEqual(10)
    expect(services.length - both.length).toBeGreaterThan(0)
  })

  it('has no listing so long unreviewed that the review job would withdraw it at once', () => {
    // 12 months plus the 60-day grace period is at least 425 days.
    for (const service of services)
      expect(service.reviewedDaysAgo, service.key).toBeLessThanOrEqual(420)
    expect(services.filter((s) => s.reviewedDaysAgo > 366)).toHaveLength(6)
  })

  it('has unique keys and organisation references that exist', () => {
    const orgKeys = new Set(organisations.map((o) => o.key))
    expect(orgKeys.size).toBe(organisations.length)
    expect(new Set(services.map((s) => s.key)).size).toBe(services.length)
    for (const service of services)
      expect(orgKeys.has(service.organisation), service.key).toBe(true)
    const emails = organisations.flatMap((o) => o.providerUsers.map((u) => u.email.toLowerCase()))
    expect(new Set(emails).size).toBe(emails.length)
  })
})

/**
 * Every localised value in a record, with where it is: plain text ({ en: string, … }) and rich text
 * ({ en: blocks, … }), found at any depth, including inside arrays and the education offer.
 */
function localisedValues(value: unknown, path = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => localisedValues(item, `${path}[${index}]`))
  }
  if (typeof value !== 'object' || value === null) return []
  if ('en' in value) return [[path, value as Record<string, unknown>]]
  return Object.entries(value).flatMap(([key, item]) =>
    localisedValues(item, path ? `${path}.${key}` : key),
  )
}

const hasText = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0

const fullyTranslated = services.filter((s) => s.name.pl && s.name.ar)

describe('listings with Polish and Arabic names are translated throughout', () => {
  it('finds the localised fields inside arrays and the education offer', () => {
    const paths = fullyTranslated.flatMap((s) => localisedValues(s).map(([path]) => path))
    for (const path of [
      'locations[0].name',
      'locations[0].accessibility',
      'contacts[0].role',
      'openingTimes[0].note',
      'educationOffer.approachToTeaching',
      'howToComplain',
      'cost.detail',
    ]) {
      expect(paths).toContain(path)
    }
  })

  it.each(fullyTranslated.map((s) => [s.key, s] as const))('%s', (_key, service) => {
    const untranslated = localisedValues(service).flatMap(([path, text]) =>
      (['en', 'pl', 'ar'] as const)
        .filter((locale) => !hasText(text[locale]))
        .map((locale) => `${path} (${locale})`),
    )
    expect(untranslated).toEqual([])
  })
})

describe('every demo record passes the CMS validation rules', () => {
  it.each(services.map((s) => [s.key, s] as const))('%s', (_key, service) => {
    expect(validateAgeRange(service.ageRange.minimum, service.ageRange.maximum)).toBe(true)
    for (const sub of service.subCategories)
      expect(categoryOfSubCategory(councilVocabularies.subCategories, sub)).toBe(service.category)
    expect(service.contacts.length).toBeGreaterThan(0)
    for (const contact of service.contacts) {
      expect(validateUkPhone(contact.phone)).toBe(true)
      expect(validateEmail(contact.email)).toBe(true)
    }
    expect(validateWebsite(service.website)).toBe(true)
    expect(validateWebsite(service.access.referralUrl)).toBe(true)
    expect(validateWebsite(service.senInformationReportUrl)).toBe(true)
    for (const location of service.locations)
      expect(validateUkPostcode(location.postcode)).toBe(true)
    for (const time of service.openingTimes) {
      expect(validateTimeOfDay(time.opens)).toBe(true)
      expect(validateTimeOfDay(time.closes)).toBe(true)
      expect(time.closes > time.opens).toBe(true)
    }
  })

  it.each(organisations.map((o) => [o.key, o] as const))('organisation %s', (_key, org) => {
    expect(validateUkPhone(org.phone)).toBe(true)
    expect(validateEmail(org.email)).toBe(true)
    expect(validateWebsite(org.website)).toBe(true)
    expect(validateUkPostcode(org.address?.postcode)).toBe(true)
    for (const user of org.providerUsers) expect(validateEmail(user.email)).toBe(true)
  })
})

describe('the information pages mark rights and processes (issue 15 item 3)', () => {
  const blocksOf = (slug: string, locale: 'en' | 'pl' | 'ar') => {
    const content = pages.find((p) => p.slug === slug)!.content[locale] ?? []
    return toLexical(content)
      .root.children.filter((node) => node.type === 'block')
      .map((node) => pageBlockSchema.parse(node.fields))
  }

  it('writes every block as the site reads it, in every language', () => {
    for (const page of pages)
      for (const locale of ['en', 'pl', 'ar'] as const)
        expect(() => blocksOf(page.slug, locale)).not.toThrow()
  })

  it('gives the EHC process and disagreement resolution a step-by-step block', () => {
    for (const locale of ['en', 'pl', 'ar'] as const)
      expect(blocksOf('request-an-ehc-needs-assessment', locale).map((b) => b.blockType)).toContain(
        'stepByStep',
      )
    expect(
      blocksOf('mediation-and-disagreement-resolution', 'en').map((b) => b.blockType),
    ).toContain('stepByStep')
  })

  it('marks statutory duties with their sources, on translated pages too', () => {
    const duties = pages.flatMap((page) =>
      blocksOf(page.slug, 'en').filter((b) => b.blockType === 'rightsPassage' && b.kind === 'duty'),
    )
    expect(duties.length).toBeGreaterThanOrEqual(5)
    expect(duties.map((d) => d.blockType === 'rightsPassage' && d.source)).toContain(
      'Children and Families Act 2014, section 36(8)',
    )
    for (const locale of ['pl', 'ar'] as const)
      expect(
        blocksOf('request-an-ehc-needs-assessment', locale).filter(
          (b) => b.blockType === 'rightsPassage',
        ),
      ).toHaveLength(4)
  })

  it('sees also only pages in the demo, never the page itself', () => {
    const slugs = new Set(pages.map((p) => p.slug))
    for (const page of pages)
      for (const slug of page.relatedPages ?? []) {
        expect(slugs.has(slug)).toBe(true)
        expect(slug).not.toBe(page.slug)
      }
  })
})

describe('the demo comments and "You said, we did" report', () => {
  it('has a published report for 2025-26 with 5 or 6 themes, each with a response and an action', () => {
    const report = feedbackReports.find((r) => r.year === '2025-26')
    expect(report?.status).toBe('published')
    expect(report?.themes.length).toBeGreaterThanOrEqual(5)
    expect(report?.themes.length).toBeLessThanOrEqual(6)
    for (const report of feedbackReports) {
      expect(isReportingYear(report.year)).toBe(true)
      for (const theme of report.themes) {
        expect(theme.response.en.length, theme.title.en).toBeGreaterThan(20)
        expect(theme.action.en.length, theme.title.en).toBeGreaterThan(20)
      }
    }
  })

  it('links themes only to comments of the report’s year, quoting only comments in the theme', () => {
    const byKey = new Map(comments.map((c) => [c.key, c]))
    expect(byKey.size).toBe(comments.length)
    for (const report of feedbackReports) {
      for (const theme of report.themes) {
        for (const key of [...theme.comments, ...theme.quoted]) {
          const comment = byKey.get(key)
          expect(comment, key).toBeDefined()
          expect(reportingYearOf(`${comment?.sentOn}T12:00:00Z`), key).toBe(report.year)
          expect(comment?.status, key).not.toBe('not-published')
        }
        for (const key of theme.quoted) expect(theme.comments, key).toContain(key)
      }
    }
  })

  it('comes from children and young people, parents and professionals', () => {
    for (const respondent of ['child-young-person', 'parent-carer', 'professional'] as const) {
      expect(
        comments.some((c) => c.respondent === respondent),
        respondent,
      ).toBe(true)
    }
  })
})

describe('the information pages link the forms they mention (issue 11 item 9)', () => {
  // "Use the online request form" must be a link, not words: a paragraph naming a form links it.
  const mentionsForm = /online request form|formularz\w* online|نموذج الطلب الإلكتروني/i

  it('writes [words](https://…) in a paragraph as a link', () => {
    const [paragraph] = toLexical([
      { kind: 'paragraph', text: 'Use [the form](https://example.org/form) or write.' },
    ]).root.children
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Use ' },
        {
          type: 'link',
          fields: { linkType: 'custom', url: 'https://example.org/form' },
          children: [{ type: 'text', text: 'the form' }],
        },
        { type: 'text', text: ' or write.' },
      ],
    })
  })

  it('links every paragraph that sends the reader to an online form, in every language', () => {
    let paragraphs = 0
    for (const page of pages)
      for (const locale of ['en', 'pl', 'ar'] as const)
        for (const block of page.content[locale] ?? []) {
          if (block.kind !== 'paragraph' || !mentionsForm.test(block.text)) continue
          paragraphs++
          expect(block.text, `${page.slug} (${locale})`).toMatch(/\]\(https:\/\/[^)]+\)/)
        }
    expect(paragraphs).toBeGreaterThanOrEqual(3)
  })
})
