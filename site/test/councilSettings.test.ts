import { describe, expect, it } from 'vitest'

import { useTranslations } from '../src/i18n'
import { councilStylesheet, councilWords } from '../src/lib/council/councilWords'
import {
  mapCouncilSettings,
  rawCouncilSettingsSchema,
  type RawCouncilSettings,
} from '../src/loader/councilSettings'

const context = { cmsUrl: 'http://cms.test' }

/** Council settings as the CMS sends them with locale=all and depth 1. */
const complete = (): RawCouncilSettings => ({
  councilName: { en: 'Anytown Borough Council', pl: 'Rada Anytown' },
  shortName: { en: 'Anytown' },
  footerNote: { en: 'Published by Anytown.' },
  logo: {
    id: 7,
    url: '/api/media/file/logo.png',
    alt: { en: 'Anytown crest' },
    width: 96,
    height: 96,
  },
  favicon: null,
  brandColour: '#1D4F91',
  examplePostcode: 'AN1 2AB',
  contact: { email: 'send@anytown.example.gov.uk', phone: '0121 496 0000', address: null },
  sendiass: {
    name: { en: 'Anytown SENDIASS' },
    phone: '0121 496 0001',
    url: 'https://sendiass.anytown.example.org.uk',
  },
  addresses: {
    localOffer: 'https://localoffer.anytown.example.gov.uk',
    cms: 'https://cms.anytown.example.gov.uk',
  },
  accessibility: {
    contactEmail: 'access@anytown.example.gov.uk',
    contactPhone: null,
    responseDays: 10,
    enforcement: { en: 'The EHRC enforces the regulations.' },
    lastReviewed: '2026-11-25T12:00:00.000Z',
  },
  footerLinks: [{ label: { en: 'Privacy' }, url: 'https://anytown.example.gov.uk/privacy' }],
})

describe('the council settings as the site reads them', () => {
  it('maps complete settings, with the SEND team’s phone when the statement names none', () => {
    const settings = mapCouncilSettings(rawCouncilSettingsSchema.parse(complete()), context)
    expect(settings.councilName).toEqual({ en: 'Anytown Borough Council', pl: 'Rada Anytown' })
    expect(settings.logo).toMatchObject({
      src: 'http://cms.test/api/media/file/logo.png',
      alt: { en: 'Anytown crest' },
    })
    expect(settings.accessibility).toMatchObject({
      contactPhone: '0121 496 0000',
      responseDays: 10,
      lastReviewed: '2026-11-25',
    })
    expect(settings.footerLinks).toEqual([
      { label: { en: 'Privacy' }, url: 'https://anytown.example.gov.uk/privacy' },
    ])
  })

  it('refuses to publish settings that were never filled in, naming every missing value', () => {
    // Payload answers a global that was never saved with its defaults only.
    const empty = rawCouncilSettingsSchema.parse({
      brandColour: '#005a70',
      accessibility: { responseDays: 5 },
      footerLinks: [],
    })
    let message = ''
    try {
      mapCouncilSettings(empty, context)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^The council settings are not complete, so the site cannot be published/,
    )
    expect(message).toContain('Administration → Council settings')
    for (const label of [
      'Council name (English)',
      'Short name (English)',
      'Example postcode',
      'SEND team e-mail',
      'SEND team phone',
      'SENDIASS helpline name (English)',
      'SENDIASS helpline phone',
      'SENDIASS helpline website',
      'The Local Offer website',
      'This CMS',
      'Accessibility statement: who to contact (e-mail)',
      'Accessibility statement: enforcement procedure (English)',
      'Accessibility statement: date last reviewed',
    ]) {
      expect(message).toContain(label)
    }
    expect(message).not.toContain('Brand colour')
  })

  it('names the one value missing from otherwise complete settings', () => {
    const raw = complete()
    raw.accessibility = { ...raw.accessibility, lastReviewed: null }
    expect(() => mapCouncilSettings(raw, context)).toThrow(
      /Fill them in .*: Accessibility statement: date last reviewed\.$/,
    )
  })

  it('words the site’s name from the short name, in each language', () => {
    const settings = mapCouncilSettings(complete(), context)
    expect(councilWords(settings, 'en', useTranslations('en'))).toEqual({
      council: 'Anytown Borough Council',
      shortName: 'Anytown',
      siteName: 'Anytown Local Offer',
    })
    expect(councilWords(settings, 'pl', useTranslations('pl'))).toMatchObject({
      council: 'Rada Anytown',
      siteName: 'Oferta Lokalna Anytown',
    })
    // Not translated: the English name.
    expect(councilWords(settings, 'ar', useTranslations('ar')).council).toBe(
      'Anytown Borough Council',
    )
  })

  it('writes the brand colour as the stylesheet’s custom property, and nothing else', () => {
    expect(councilStylesheet({ brandColour: '#1D4F91' })).toBe(':root{--lo-brand:#1d4f91}\n')
    expect(() => councilStylesheet({ brandColour: 'red;}body{display:none' })).toThrow(
      /not a six-digit hex colour/,
    )
  })
})
