import { describe, expect, it } from 'vitest'

import { siteService } from '../../../test/fixtures'
import { useTranslations } from '../../i18n'
import { shortlistEntry } from './shortlistEntries'

const service = siteService({
  slug: 'sensory',
  name: { en: 'Sensory support', ar: 'دعم حسي' },
  contacts: [{ name: 'Ann', role: { en: 'Lead' }, phone: '01632 960 002' }],
  access: {
    ...siteService().access,
    referralUrl: 'https://westbridge.example/book',
    onlineLinkPurpose: 'book',
  },
  locations: [
    {
      name: { en: 'Hub' },
      addressLine1: '1 High Street',
      town: 'Westbridge',
      postcode: 'WB1 1AA',
      locality: 'westbridge-central',
      venueFeatures: [],
      accessibility: {},
    },
  ],
  openingTimes: [{ days: ['monday'], opens: '09:00', closes: '17:00', note: { en: 'term time' } }],
})

describe('shortlistEntry', () => {
  it('carries what a family needs to contact and find the service, in the page language', () => {
    const entry = shortlistEntry(service, 'ar', useTranslations('ar'))
    expect(entry.name).toEqual({ text: 'دعم حسي' })
    expect(entry.path).toBe('/ar/services/sensory/')
    // English shown on an Arabic page is marked as English.
    expect(entry.summary.lang).toBe('en')
    expect(entry.contacts).toEqual([
      { name: 'Ann', role: { text: 'Lead', lang: 'en' }, phone: '01632 960 002', email: undefined },
    ])
    expect(entry.onlineLink).toEqual({
      href: 'https://westbridge.example/book',
      label: 'احجز عبر الإنترنت',
    })
    expect(entry.addresses).toEqual([
      { name: { text: 'Hub', lang: 'en' }, lines: ['1 High Street', 'Westbridge', 'WB1 1AA'] },
    ])
    expect(entry.openingTimes[0]).toContain('09:00')
    expect(entry.openingTimes[0]).toContain('(term time)')
    expect(entry.comparable).toBe(false)
  })

  it('marks a setting with a SEN offer as one that can be compared', () => {
    const school = siteService({
      educationOffer: [{ key: 'facilities', text: { en: 'Lifts.' } }],
    })
    expect(shortlistEntry(school, 'en', useTranslations('en')).comparable).toBe(true)
  })
})
