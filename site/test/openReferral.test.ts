import {
  byDay,
  derivedId,
  feedFiles,
  isUuid,
  paginate,
  parseServiceDescription,
  serviceSchema,
  vocabularyTermId,
} from '@local-offer/shared/openReferral'
import { describe, expect, it } from 'vitest'

import { mapService } from '../src/loader/mapContent'
import { rawServiceSchema } from '../src/loader/rawSchemas'
import { buildOpenReferralFeed, toOpenReferralService } from '../src/openReferral/feed'
import { CMS_URL, demoLocalities, demoVocabularies, rawService, siteService } from './fixtures'

const listing = (overrides: Record<string, unknown> = {}) =>
  mapService(rawServiceSchema.parse(rawService(overrides)), { cmsUrl: CMS_URL })

const SERVICE_ID = '5c1e8f2a-7b34-4d9c-a6e0-93b2d4f1c857'

describe('a listing as an Open Referral UK service', () => {
  const document = toOpenReferralService(listing(), demoLocalities, demoVocabularies)

  it('is a valid Open Referral UK 3.0 service with the listing’s stable id', () => {
    expect(serviceSchema.safeParse(document).success).toBe(true)
    expect(document.id).toBe(SERVICE_ID)
    expect(document.status).toBe('active')
    expect(document.organization.id).toBe('0d9a7c52-41f3-4b8e-9d61-2f0c8b7e5a13')
  })

  it('carries the English text only, with Schedule 2 details in their fields', () => {
    expect(document.name).toBe('Sensory support in schools')
    expect(document.minimum_age).toBe(4)
    expect(document.maximum_age).toBe(11)
    expect(document.eligibility_description).toBe(
      'Children with a diagnosed hearing or vision impairment.',
    )
    expect(document.application_process).toBe(
      "Ask your child's SENCO to refer them.\n\n" +
        'Referral form: https://www.westbridge.example/sensory/refer',
    )
    expect(document.assured_date).toBe('2025-06-15')
    expect(document.last_modified).toBe(listing().updatedAt)
    expect(JSON.stringify(document)).not.toContain('Odwiedzamy')
  })

  it('puts the summary, description, complaints and school offer in the description', () => {
    const parts = parseServiceDescription(document.description ?? '')
    expect(parts.summary).toBe(
      'Specialist teachers help schools support pupils with hearing or vision impairment.',
    )
    expect(parts.description).toBe('What we do\n\nWe visit every school in the borough.')
    expect(parts.sections.howToComplain).toBe('Contact the team manager first.')
    expect(parts.sections.approachToTeaching).toBe(
      'Small-group teaching led by a teacher of the deaf.',
    )
    expect(parts.sections.facilities).toBeUndefined()
  })

  it('nests contacts with phones, locations with addresses, schedules and cost', () => {
    expect(document.contacts).toEqual([
      {
        id: derivedId(SERVICE_ID, 'contact/0'),
        name: 'Priya Shah',
        title: 'Team manager',
        phones: [{ id: derivedId(SERVICE_ID, 'contact/0/phone'), number: '0121 496 0001' }],
      },
    ])
    const location = document.service_at_locations?.[0]?.location
    expect(location?.location_type).toBe('physical')
    expect(location?.addresses?.[0]).toMatchObject({
      address_1: 'Civic Centre',
      city: 'Westbridge',
      state_province: 'England',
      postal_code: 'WB1 1AA',
      country: 'GB',
      address_type: 'physical',
    })
    expect(document.service_areas).toEqual([
      {
        id: derivedId(SERVICE_ID, 'service-area/westbridge-central'),
        service_id: SERVICE_ID,
        name: 'Westbridge town centre',
        service_area: 'Westbridge town centre',
      },
    ])
    expect(location?.attributes?.map((a) => a.taxonomy_term?.term)).toEqual([
      'westbridge-central',
      'step-free',
    ])
    expect(document.schedules?.[0]).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU',
      opens_at: '09:00',
      closes_at: '17:00',
      notes: 'Term time only',
    })
    expect(document.cost_options).toEqual([{ id: derivedId(SERVICE_ID, 'cost'), option: 'Free' }])
    expect(document.languages?.map((l) => l.code)).toEqual(['en', 'pl'])
  })

  it('classifies the listing with the Local Offer vocabularies as taxonomy terms', () => {
    const terms = (document.attributes ?? []).map(
      (a) => `${a.taxonomy_term?.taxonomy}:${a.taxonomy_term?.term}`,
    )
    expect(terms).toEqual([
      'local-offer-category:education',
      'local-offer-sub-category:specialist-teaching',
      'local-offer-area-of-need:sensory-physical',
      'local-offer-access-route:professional-referral',
      'local-offer-access-route:ehc-plan',
      'local-offer-requirement:referral-required',
      'local-offer-cost:free',
      // The national terms the category and area of need map to (nationalVocabularies.ts).
      'esdServiceTypes:10',
      'esdNeeds:97',
      'esdNeeds:103',
    ])
    expect(document.attributes?.at(-1)?.taxonomy_term?.term_uri).toBe(
      'http://id.esd.org.uk/need/103',
    )
    const subCategory = document.attributes?.[1]?.taxonomy_term
    expect(subCategory?.parent_id).toBe(vocabularyTermId('local-offer-category', 'education'))
    for (const attribute of document.attributes ?? []) {
      expect(attribute.taxonomy_term?.description, attribute.taxonomy_term?.term ?? '').toMatch(
        /\w/,
      )
    }
  })

  it('gives every part a UUID that depends only on the listing', () => {
    const ids = JSON.stringify(document).match(/"id":"[^"]+"/g) ?? []
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) expect(isUuid(id.slice(6, -1))).toBe(true)
    const later = toOpenReferralService(
      listing({ updatedAt: '2030-01-01T00:00:00.000Z' }),
      demoLocalities,
      demoVocabularies,
    )
    expect(later).toEqual({ ...document, last_modified: '2030-01-01T00:00:00.000Z' })
  })

  it('writes RFC 5545 day codes in the week’s order', () => {
    expect(byDay(['friday', 'monday', 'wednesday'])).toBe('MO,WE,FR')
  })
})

describe('the feed', () => {
  const many = Array.from({ length: 120 }, (_, index) =>
    siteService({
      openReferralId: derivedId(SERVICE_ID, `test/${index}`),
      name: { en: `Listing ${String(index).padStart(3, '0')}` },
    }),
  )

  it('pages the list 50 at a time with the API spec’s envelope', () => {
    const pages = paginate(
      buildOpenReferralFeed(many, demoLocalities, demoVocabularies).endpoints.services.items,
    )
    expect(pages.map((p) => [p.page_number, p.size, p.first_page, p.last_page])).toEqual([
      [1, 50, true, false],
      [2, 50, false, false],
      [3, 20, false, true],
    ])
    expect(pages.every((p) => p.total_items === 120 && p.total_pages === 3 && !p.empty)).toBe(true)
    // In id order (the live API's order), whatever the names.
    const listed = pages.flatMap((p) => p.contents.map((entry) => String(entry.id)))
    expect(listed).toEqual(many.map((listing) => listing.openReferralId).sort())
    const item = pages[0]!.contents[0] as Record<string, unknown>
    expect(Object.values(item).some(Array.isArray)).toBe(false)
    expect(Object.values(item.organization as Record<string, unknown>).some(Array.isArray)).toBe(
      false,
    )
  })

  it('has a first page even when empty', () => {
    expect(paginate([])).toEqual([
      {
        total_items: 0,
        total_pages: 1,
        page_number: 1,
        size: 0,
        first_page: true,
        last_page: true,
        empty: true,
        contents: [],
      },
    ])
  })

  it('maps the API’s addresses to static files, for every endpoint', () => {
    const feed = buildOpenReferralFeed(many.slice(0, 2), demoLocalities, demoVocabularies)
    const files = [...feedFiles(feed).keys()]
    expect(files.slice(0, 5)).toEqual([
      'openreferral/index.json',
      'openreferral/index.html',
      'openreferral/services/page/1.json',
      `openreferral/services/${many[0]!.openReferralId}.json`,
      `openreferral/services/${many[1]!.openReferralId}.json`,
    ])
    for (const endpoint of [
      'service_at_locations',
      'organizations',
      'taxonomies',
      'taxonomy_terms',
    ] as const) {
      expect(files).toContain(`openreferral/${endpoint}/page/1.json`)
      for (const document of feed.endpoints[endpoint].documents) {
        expect(files).toContain(`openreferral/${endpoint}/${document.id}.json`)
      }
    }
    expect(feed.endpoints.service_at_locations.documents).toHaveLength(
      many.slice(0, 2).flatMap((listing) => listing.locations).length,
    )
    expect(feed.endpoints.organizations.documents).toHaveLength(1)
  })
})
