import {
  categories,
  categoryOfSubCategory,
  validateAgeRange,
  validateEmail,
  validateTimeOfDay,
  validateUkPhone,
  validateUkPostcode,
  validateWebsite,
} from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import { demoContent } from '../src/seed/content'

const { organisations, services, pages, glossary } = demoContent

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

describe('every demo record passes the CMS validation rules', () => {
  it.each(services.map((s) => [s.key, s] as const))('%s', (_key, service) => {
    expect(validateAgeRange(service.ageRange.minimum, service.ageRange.maximum)).toBe(true)
    for (const sub of service.subCategories)
      expect(categoryOfSubCategory(sub)).toBe(service.category)
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
