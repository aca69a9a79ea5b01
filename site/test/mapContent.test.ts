import { afterEach, describe, expect, it } from 'vitest'

import { CmsError } from '../src/loader/cmsClient'
import {
  localesWithText,
  mapGlossaryTerm,
  mapImage,
  mapPage,
  mapService,
  maybeLocalised,
  requireLocalised,
} from '../src/loader/mapContent'
import {
  rawGlossaryTermSchema,
  rawMediaSchema,
  rawPageSchema,
  rawServiceSchema,
} from '../src/loader/rawSchemas'
import {
  CMS_URL,
  heading,
  lexical,
  link,
  paragraph,
  rawGlossaryTerm,
  rawMedia,
  rawPage,
  rawService,
  text,
} from './fixtures'

const context = { cmsUrl: CMS_URL }

const service = (overrides: Record<string, unknown> = {}) =>
  mapService(rawServiceSchema.parse(rawService(overrides)), context)

/** The error a function throws, so its class and message can both be checked. */
function errorFrom(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`threw a non-Error: ${String(error)}`)
  }
  throw new Error('did not throw')
}

describe('maybeLocalised', () => {
  it('keeps the locales that have text, trimmed', () => {
    expect(maybeLocalised({ en: ' Hello ', pl: 'Cześć', ar: null })).toEqual({
      en: 'Hello',
      pl: 'Cześć',
    })
  })

  it('leaves out untranslated and blank locales', () => {
    expect(maybeLocalised({ en: 'Hello', pl: '   ', ar: '' })).toEqual({ en: 'Hello' })
    expect(maybeLocalised({ pl: 'Tylko po polsku' })).toEqual({ pl: 'Tylko po polsku' })
  })

  it('gives an empty object for a field the CMS left empty', () => {
    expect(maybeLocalised(null)).toEqual({})
    expect(maybeLocalised(undefined)).toEqual({})
  })

  it('applies the transform and drops locales it empties', () => {
    const result = maybeLocalised({ en: 'a', pl: 'b' }, (v) => (v === 'a' ? 'A' : undefined))
    expect(result).toEqual({ en: 'A' })
  })
})

describe('requireLocalised', () => {
  it('returns the text when English is there', () => {
    expect(requireLocalised({ en: 'Name', ar: 'اسم' }, 'Listing "x"')).toEqual({
      en: 'Name',
      ar: 'اسم',
    })
  })

  it.each([
    ['missing', { pl: 'Nazwa' }],
    ['null', { en: null, pl: 'Nazwa' }],
    ['blank', { en: '  ', pl: 'Nazwa' }],
    ['the whole field empty', null],
  ])('throws a CmsError naming the field when English is %s', (_, value) => {
    const error = errorFrom(() => requireLocalised(value, 'Listing "swim" (id 9): name'))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toBe(
      'Listing "swim" (id 9): name has no English text; the CMS requires it. Fix it in the CMS.',
    )
  })
})

describe('mapImage', () => {
  const media = (overrides: Record<string, unknown> = {}) =>
    rawMediaSchema.parse(rawMedia(overrides))

  it('makes a relative upload URL absolute against the CMS URL', () => {
    expect(mapImage(media(), context)).toEqual({
      src: 'http://127.0.0.1:3000/api/media/file/painting.webp',
      width: 1200,
      height: 800,
      alt: { en: 'Children painting at a table', pl: 'Dzieci malujące przy stole' },
    })
  })

  it('resolves against a CMS URL with a trailing slash or another host', () => {
    expect(mapImage(media(), { cmsUrl: 'https://cms.westbridge.example/' })?.src).toBe(
      'https://cms.westbridge.example/api/media/file/painting.webp',
    )
  })

  it('keeps an upload URL that is already absolute (cloud storage)', () => {
    const src = 'https://files.westbridge.example/media/painting.webp'
    expect(mapImage(media({ url: src }), context)?.src).toBe(src)
  })

  it("reads an upload Payload addressed at the CMS's public address from the build's CMS URL", () => {
    const publicUrl = 'https://cms.westbridge.example/api/media/file/painting.webp?2'
    const split = {
      cmsUrl: 'http://127.0.0.1:3000',
      cmsPublicUrl: 'https://cms.westbridge.example',
    }
    expect(mapImage(media({ url: publicUrl }), split)?.src).toBe(
      'http://127.0.0.1:3000/api/media/file/painting.webp?2',
    )
    // A file in a storage bucket keeps its own address.
    const bucket = 'https://files.westbridge.example/media/painting.webp'
    expect(mapImage(media({ url: bucket }), split)?.src).toBe(bucket)
  })

  it('throws a CmsError naming the image when it has no English alt text', () => {
    const error = errorFrom(() => mapImage(media({ alt: { pl: 'Dzieci' } }), context))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('Image 12 (/api/media/file/painting.webp)')
    expect(error.message).toContain('no English alternative text')
  })

  it('gives nothing for an unpopulated relationship or an image without dimensions', () => {
    expect(mapImage(12, context)).toBeUndefined()
    expect(mapImage(null, context)).toBeUndefined()
    expect(mapImage(media({ width: null }), context)).toBeUndefined()
  })
})

describe('mapService', () => {
  it('maps a CMS listing to the site model', () => {
    const mapped = service()
    expect(mapped.id).toBe('42')
    expect(mapped.slug).toBe('sensory-support-in-schools')
    expect(mapped.name).toEqual({
      en: 'Sensory support in schools',
      pl: 'Wsparcie sensoryczne w szkołach',
    })
    expect(mapped.category).toBe('education')
    expect(mapped.subCategories).toEqual(['specialist-teaching'])
    expect(mapped.ageRange).toEqual({ minimum: 4, maximum: 11 })
    expect(mapped.access).toEqual({
      routes: ['professional-referral', 'ehc-plan'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: { en: "Ask your child's SENCO to refer them." },
      referralUrl: 'https://www.westbridge.example/sensory/refer',
      onlineLinkPurpose: 'refer',
    })
    expect(mapped.cost).toEqual({ type: 'free', detail: {} })
    expect(mapped.image?.src).toBe('http://127.0.0.1:3000/api/media/file/painting.webp')
    expect(mapped.updatedAt).toBe('2026-03-02T08:15:00.000Z')
  })

  it('leaves out untranslated locales instead of filling them with English', () => {
    const mapped = service()
    expect(Object.keys(mapped.name)).toEqual(['en', 'pl'])
    expect(Object.keys(mapped.summary)).toEqual(['en', 'pl'])
    expect(mapped.eligibility).toEqual({
      en: 'Children with a diagnosed hearing or vision impairment.',
    })
    expect(mapped.openingTimes).toEqual([
      {
        days: ['monday', 'tuesday'],
        opens: '09:00',
        closes: '17:00',
        note: { en: 'Term time only', pl: 'Tylko w czasie roku szkolnego' },
      },
    ])
  })

  it('turns empty optional text into undefined', () => {
    const mapped = service()
    expect(mapped.website).toBeUndefined()
    expect(mapped.senInformationReportUrl).toBeUndefined()
    expect(mapped.contacts).toEqual([
      {
        name: 'Priya Shah',
        role: { en: 'Team manager', pl: 'Kierowniczka zespołu' },
        phone: '0121 496 0001',
        email: undefined,
      },
    ])
    expect(mapped.locations).toEqual([
      {
        name: { en: 'Civic Centre' },
        addressLine1: 'Civic Centre',
        addressLine2: undefined,
        town: 'Westbridge',
        postcode: 'WB1 1AA',
        locality: 'westbridge-central',
        venueFeatures: ['step-free'],
        accessibility: {},
      },
    ])
  })

  it('gives empty lists for the optional lists the CMS left empty', () => {
    const mapped = service({
      subCategories: null,
      areasOfNeed: null,
      languages: null,
      locations: null,
      openingTimes: null,
      educationOffer: null,
    })
    expect(mapped.subCategories).toEqual([])
    expect(mapped.areasOfNeed).toEqual([])
    expect(mapped.languages).toEqual([])
    expect(mapped.locations).toEqual([])
    expect(mapped.openingTimes).toEqual([])
    expect(mapped.educationOffer).toEqual([])
  })

  it('maps the organisation', () => {
    expect(service().organisation).toEqual({
      id: '3',
      slug: 'westbridge-sensory-support-team',
      openReferralId: '0d9a7c52-41f3-4b8e-9d61-2f0c8b7e5a13',
      name: 'Westbridge Sensory Support Team',
      type: 'local-authority',
      description: { en: 'Specialist teachers for children with sensory needs.' },
      website: 'https://www.westbridge.example/sensory',
      email: 'sensory@westbridge.example',
      phone: '0121 496 0000',
      logo: undefined,
    })
  })

  describe('age groups from the age range', () => {
    it.each([
      [4, 10, ['0-5', '5-11']],
      // An 11-year-old is in the 11-16 group: groups are [from, to) in whole years.
      [4, 11, ['0-5', '5-11', '11-16']],
      [16, 25, ['16-19', '19-25']],
      [5, 5, ['5-11']],
      [0, 25, ['0-5', '5-11', '11-16', '16-19', '19-25']],
    ])('ages %i to %i → %j', (minimum, maximum, groups) => {
      expect(service({ ageRange: { minimum, maximum } }).ageGroups).toEqual(groups)
    })
  })

  describe('review dates and state', () => {
    const originalTz = process.env.TZ
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ
      else process.env.TZ = originalTz
    })

    // The build can run anywhere; the dates on the page must not depend on the machine's zone.
    it.each(['UTC', 'Europe/London', 'Europe/Warsaw', 'America/New_York', 'Pacific/Auckland'])(
      'the last-checked day is the same calendar day when the build runs in %s',
      (zone) => {
        process.env.TZ = zone
        // Payload stores a day picked in the date picker at 12:00 UTC.
        expect(service({ lastReviewed: '2025-06-15T12:00:00.000Z' }).lastReviewed).toBe(
          '2025-06-15',
        )
      },
    )

    it.each(['current', 'due-soon', 'overdue'] as const)(
      'keeps the stored review state %s',
      (state) => {
        expect(service({ reviewStatus: state }).reviewStatus).toBe(state)
      },
    )

    it('treats a listing the review job has not yet looked at as current', () => {
      expect(service({ reviewStatus: null }).reviewStatus).toBe('current')
    })

    it('refuses a review state the site does not know', () => {
      expect(() => rawServiceSchema.parse({ ...rawService(), reviewStatus: 'stale' })).toThrow()
    })
  })

  describe('rich text', () => {
    it('becomes HTML with GOV.UK classes, and an h1 becomes an h2', () => {
      expect(service().descriptionHtml).toEqual({
        en:
          '<h2 class="govuk-heading-m">What we do</h2>' +
          '<p class="govuk-body">We visit <strong>every</strong> school in the borough.</p>',
        pl: '<p class="govuk-body">Odwiedzamy każdą szkołę w gminie.</p>',
      })
    })

    it('cannot carry a script or a javascript: link onto the page', () => {
      const mapped = service({
        description: {
          en: lexical(
            paragraph(
              text('<script>alert("x")</script>'),
              link('javascript:alert(document.cookie)', text('Click me')),
              text(' and '),
              link('https://www.nhs.uk/', text('the NHS')),
            ),
            heading('h1', text('<img src=x onerror=alert(1)>')),
          ),
        },
      })
      const html = mapped.descriptionHtml.en ?? ''
      expect(html).not.toMatch(/<script/i)
      expect(html).not.toMatch(/javascript:/i)
      expect(html).not.toMatch(/<img/i)
      expect(html).not.toMatch(/<h1/i)
      // The text a provider typed is shown as text, not run.
      expect(html).toContain('&lt;script&gt;')
      expect(html).toContain('Click me')
      expect(html).toContain('<a href="https://www.nhs.uk/" class="govuk-link" rel="noopener">')
    })

    it('leaves out a locale whose rich text has nothing in it', () => {
      const mapped = service({
        description: { en: lexical(paragraph(text('Hello'))), pl: lexical(paragraph()) },
      })
      expect(mapped.descriptionHtml).toEqual({ en: '<p class="govuk-body">Hello</p>' })
    })
  })

  it('keeps education offer answers in the regulations’ order, with English', () => {
    expect(service().educationOffer).toEqual([
      {
        key: 'approachToTeaching',
        text: { en: 'Small-group teaching led by a teacher of the deaf.' },
      },
      { key: 'additionalSupport', text: { en: 'Radio aids and braille materials.' } },
      {
        key: 'emotionalSupport',
        text: { en: 'A named adult checks in every day.', ar: 'شخص بالغ يتابع يوميا.' },
      },
    ])
  })

  it.each([
    ['name', { name: { pl: 'Tylko po polsku' } }],
    ['summary', { summary: { en: '', pl: 'Podsumowanie' } }],
  ])('throws a CmsError naming the listing when the %s has no English', (field, overrides) => {
    const error = errorFrom(() => service(overrides))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(`Listing "sensory-support-in-schools" (id 42): ${field}`)
  })

  it('throws when the listing image has no English alt text', () => {
    const error = errorFrom(() => service({ image: rawMedia({ alt: { en: '' } }) }))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('Image 12')
  })
})

describe('mapPage', () => {
  const page = (overrides: Record<string, unknown> = {}) =>
    mapPage(rawPageSchema.parse(rawPage(overrides)))

  it('maps an information page', () => {
    expect(page()).toEqual({
      id: '7',
      slug: 'ehc-needs-assessment',
      title: { en: 'Asking for an EHC needs assessment', pl: 'Wniosek o ocenę potrzeb EHC' },
      summary: { en: 'Who can ask, and what happens next.' },
      content: {
        en: [{ kind: 'html', html: '<p class="govuk-body">You can ask the council yourself.</p>' }],
      },
      relatedCategories: ['education'],
      relatedServiceIds: ['12', '14'],
      // A page chosen as its own "See also" is dropped.
      relatedPageIds: ['9'],
      keyJourney: true,
      lastReviewed: '2026-01-20',
      updatedAt: '2026-01-20T12:30:00.000Z',
    })
  })

  it('defaults the optional fields', () => {
    const mapped = page({
      relatedCategories: null,
      relatedServices: null,
      relatedPages: null,
      keyJourney: null,
      lastReviewed: null,
    })
    expect(mapped.relatedCategories).toEqual([])
    expect(mapped.relatedServiceIds).toEqual([])
    expect(mapped.relatedPageIds).toEqual([])
    expect(mapped.keyJourney).toBe(false)
    expect(mapped.lastReviewed).toBeUndefined()
  })

  it('throws a CmsError naming the page when the title has no English', () => {
    const error = errorFrom(() => page({ title: { pl: 'Tytuł' } }))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('Information page "ehc-needs-assessment" (id 7): title')
  })

  it('throws a CmsError naming the page and locale when a block cannot be shown', () => {
    const badBlock = {
      type: 'block',
      version: 2,
      format: '',
      fields: { id: 'b1', blockType: 'rightsPassage', kind: 'duty', text: 'The council must.' },
    }
    const error = errorFrom(() =>
      page({ content: { en: { root: { type: 'root', children: [badBlock] } } } }),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('Information page "ehc-needs-assessment" (id 7): content (en)')
    expect(error.message).toContain('needs its source')
  })
})

describe('mapGlossaryTerm', () => {
  const term = (overrides: Record<string, unknown> = {}) =>
    mapGlossaryTerm(rawGlossaryTermSchema.parse(rawGlossaryTerm(overrides)))

  it('maps a term with its aliases per locale', () => {
    expect(term()).toEqual({
      id: '5',
      slug: 'ehc-plan',
      term: { en: 'EHC plan', pl: 'Plan EHC', ar: 'خطة EHC' },
      definition: {
        en: 'An education, health and care plan: a legal document describing support.',
        pl: 'Plan edukacji, zdrowia i opieki.',
      },
      aliases: [{ en: 'EHCP' }, { en: 'Education, health and care plan', pl: 'Plan EHCP' }],
    })
  })

  it('has no aliases when the CMS sends none', () => {
    expect(term({ aliases: null }).aliases).toEqual([])
  })

  it('throws a CmsError naming the term when the definition has no English', () => {
    const error = errorFrom(() => term({ definition: { pl: 'Definicja' } }))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('Glossary term "ehc-plan" (id 5): definition')
  })
})

describe('localesWithText', () => {
  it('lists the locales in which every field that has English is translated', () => {
    expect(
      localesWithText([
        { en: 'Name', pl: 'Nazwa', ar: 'اسم' },
        { en: 'Summary', pl: 'Podsumowanie' },
        {},
      ]),
    ).toEqual(['en', 'pl'])
  })

  it('always includes English', () => {
    expect(localesWithText([{ en: 'Only English' }])).toEqual(['en'])
  })
})
