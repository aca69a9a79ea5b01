import { describe, expect, it } from 'vitest'

import { missingCouncilSettings, type CouncilSettingsFacts } from '../src/councilSettings.js'

const complete = (): CouncilSettingsFacts => ({
  councilName: 'Anytown Borough Council',
  shortName: 'Anytown',
  brandColour: '#005a70',
  examplePostcode: 'AN1 2AB',
  contact: { email: 'send@anytown.example.gov.uk', phone: '0121 496 0000' },
  sendiass: { name: 'Anytown SENDIASS', phone: '0121 496 0001', url: 'https://sendiass.test' },
  addresses: { localOffer: 'https://localoffer.test', cms: 'https://cms.test' },
  accessibility: {
    contactEmail: 'access@anytown.example.gov.uk',
    responseDays: 5,
    enforcement: 'The EHRC enforces the regulations.',
    lastReviewed: '2026-11-25',
  },
  footerLinks: [{ label: 'Privacy', url: 'https://anytown.test/privacy' }],
})

describe('the council settings needed to publish', () => {
  it('finds nothing missing in complete settings', () => {
    expect(missingCouncilSettings(complete())).toEqual([])
  })

  it('names every required value of settings never saved, in the order the CMS shows them', () => {
    expect(missingCouncilSettings({ brandColour: '#005a70', footerLinks: [] })).toEqual([
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
      'Accessibility statement: response time (working days)',
    ])
  })

  it('counts blank text as missing and refuses a colour that is not a hex code', () => {
    const settings = complete()
    settings.shortName = '   '
    settings.brandColour = 'teal'
    settings.footerLinks = [{ label: 'Cookies', url: null }]
    expect(missingCouncilSettings(settings)).toEqual([
      'Short name (English)',
      'Brand colour (a hex code like #005a70)',
      'Footer link 1: URL',
    ])
  })
})
