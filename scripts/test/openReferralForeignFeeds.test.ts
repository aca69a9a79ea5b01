/**
 * Reading other publishers' feeds: their vocabularies through the officer's mapping file, the
 * fields the Local Offer cannot hold named (never dropped silently), values never altered, and
 * the shapes feeds come in. The third-party example feeds themselves are imported by
 * openReferralThirdParty.int.test.ts.
 */
import { categoryOfSubCategory } from '@local-offer/shared'
import {
  derivedId,
  localCodesOfServiceType,
  serviceSchema,
  taxonomyTermOf,
  localityTerms,
  vocabularyTerms,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldsNotKept } from '@local-offer/cms/openReferralImport/fieldInventory'
import { readFeed, type FeedRecord } from '../src/openReferral/readFeed'
import { toCmsData } from '@local-offer/cms/openReferralImport/toCmsData'
import {
  MappingError,
  checkMappingSubCategories,
  parseVocabularyMapping,
  termKeys,
} from '@local-offer/cms/openReferralImport/vocabularyMapping'
import { readVocabularyMapping } from '../src/openReferral/mappingFile'
import { councilVocabularies } from '../../shared/test/fixtures/councilVocabularies'
import { withStarterVocabularies } from './support/feedListings'

const SERVICE = '4d6a8c2e-1b3f-4e5a-9c7d-2f4b6d8e0a13'
const ORG = '7e9b1d3f-5a2c-4b6e-8d0f-3a5c7e9b1d24'

const ours = (taxonomy: string, code: string) => {
  // The localities are data: a council's, as its feed would carry them.
  const known = [...vocabularyTerms, ...localityTerms([{ key: 'northbrook', name: 'Northbrook' }])]
  const term = known.find((t) => t.vocabulary === taxonomy && t.code === code)!
  return { id: derivedId(SERVICE, `${taxonomy}/${code}`), taxonomy_term: taxonomyTermOf(term) }
}

/** A service with everything the Local Offer needs except its category. */
function foreign(overrides: Record<string, unknown> = {}): OpenReferralService {
  return serviceSchema.parse({
    id: SERVICE,
    name: 'Talking Together',
    description: 'Speech and language sessions for under-fives.',
    status: 'active',
    minimum_age: 0,
    maximum_age: 5,
    application_process: 'Ask your health visitor.',
    organization: {
      id: ORG,
      name: 'Neighbouring Health Trust',
      attributes: [ours('local-offer-organisation-type', 'nhs')],
    },
    contacts: [{ id: 'c', name: 'Clinic', phones: [{ id: 'p', number: '0121 496 0003' }] }],
    cost_options: [{ id: 'k', option: 'Free' }],
    attributes: [ours('local-offer-access-route', 'self-referral')],
    ...overrides,
  })
}

const esd = (term: Record<string, unknown>) => ({ id: 'a1', taxonomy_term: { id: 't1', ...term } })

describe('the mapping file', () => {
  let mapping: Awaited<ReturnType<typeof readVocabularyMapping>>
  beforeAll(async () => {
    mapping = await readVocabularyMapping()
  })

  it('maps each esd service type it names to a category the shared mapping gives it', () => {
    expect(mapping.entries.size).toBeGreaterThan(30)
    for (const [key, entry] of mapping.entries) {
      if (!key.startsWith('esdServiceTypes:')) continue
      const carriers = localCodesOfServiceType(
        key.split(':')[1]!,
        councilVocabularies.subCategories,
      )
      const categories = new Set([
        ...carriers.categories,
        ...carriers.subCategories.map((sub) =>
          categoryOfSubCategory(councilVocabularies.subCategories, sub),
        ),
      ])
      expect([...categories], key).toEqual([entry.category])
      for (const sub of entry.subCategories) expect(carriers.subCategories, key).toContain(sub)
    }
  })

  it('recognises an esd term however a feed writes it', () => {
    for (const term of [
      { term_uri: 'http://id.esd.org.uk/service/1788' },
      { taxonomy: 'esdServiceTypes', term: '1788' },
      { taxonomy: 'esdServiceType', term: 'esdServiceType:1788' },
      { taxonomy: 'ESD service types', term: '1788' },
    ]) {
      expect(termKeys(term), JSON.stringify(term)).toContain('esdServiceTypes:1788')
      const result = withStarterVocabularies(() =>
        toCmsData(foreign({ attributes: [esd(term), ...foreign().attributes!] }), mapping),
      )
      if (!result.ok) throw new Error([...result.reasons, ...result.toSort].join('; '))
      expect(result.service).toMatchObject({
        category: 'health',
        subCategories: ['speech-language-therapy'],
      })
    }
  })

  it('holds a record whose terms it does not name for sorting, naming the terms', () => {
    const result = withStarterVocabularies(() =>
      toCmsData(
        foreign({
          attributes: [
            esd({ taxonomy: 'openEligibility', term: 'Counseling', name: 'Counseling' }),
            esd({ term_uri: 'http://id.esd.org.uk/service/99999', name: 'Unknown type' }),
          ],
        }),
        mapping,
      ),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reasons).toEqual([])
    expect(result.toSort[0]).toContain('none of its terms is in the mapping file')
    expect(result.toSort[0]).toContain('openEligibility:Counseling')
    expect(result.toSort[0]).toContain('esdServiceTypes:99999 (Unknown type)')
  })

  it('holds a record whose terms map to two categories, rather than choose', () => {
    const result = withStarterVocabularies(() =>
      toCmsData(
        foreign({
          attributes: [
            esd({ term_uri: 'http://id.esd.org.uk/service/1788' }),
            esd({ term_uri: 'http://id.esd.org.uk/service/1790' }),
          ],
        }),
        mapping,
      ),
    )
    expect(!result.ok && result.toSort[0]).toContain(
      'more than one category (health, short-breaks)',
    )
  })

  it('an edited mapping is used, and every mistake in one is named at once', () => {
    const edited = parseVocabularyMapping(
      {
        terms: {
          'openEligibility:Counseling': { category: 'health', subCategories: ['mental-health'] },
        },
      },
      'edited.json',
    )
    const result = withStarterVocabularies(() =>
      toCmsData(
        foreign({
          attributes: [
            esd({ taxonomy: 'openEligibility', term: 'Counseling' }),
            ...foreign().attributes!,
          ],
        }),
        edited,
      ),
    )
    expect(result.ok && result.service.subCategories).toEqual(['mental-health'])
    expect(() =>
      parseVocabularyMapping(
        { terms: { 'a:b': { category: 'astrology' }, 'e:f': { category: 'planets' } } },
        'bad.json',
      ),
    ).toThrow(/astrology.*planets/)
    // Sub-categories are the council's (data): checked once the importer has read them.
    const strays = parseVocabularyMapping(
      {
        terms: {
          'c:d': { category: 'health', subCategories: ['holiday-schemes'] },
          'g:h': { category: 'health', subCategories: ['astral-travel'] },
        },
      },
      'strays.json',
    )
    expect(() => withStarterVocabularies(() => checkMappingSubCategories(strays))).toThrow(
      /holiday-schemes.*belongs to "short-breaks".*"astral-travel" is not a sub-category/,
    )
    expect(() => parseVocabularyMapping({}, 'empty.json')).toThrow(MappingError)
  })
})

describe('what a foreign record keeps and what it cannot', () => {
  const place = (address: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    service_at_locations: [
      {
        id: 's',
        location: {
          id: 'l',
          location_type: 'physical',
          name: 'Clinic',
          latitude: 52.1,
          external_identifier: '10092008082',
          external_identifier_type: 'UPRN',
          addresses: [
            {
              id: 'ad',
              address_1: '1 Main Street',
              city: 'Westbridge',
              postal_code: 'WB1 1AA',
              ...address,
            },
          ],
          attributes: [ours('local-offer-locality', 'northbrook')],
          ...extra,
        },
      },
    ],
  })
  const classified = [
    ours('local-offer-category', 'health'),
    ours('local-offer-access-route', 'self-referral'),
  ]

  it('names every field it cannot hold', () => {
    const record = {
      ...foreign({ attributes: classified, ...place({ country: 'GB', address_type: 'physical' }) }),
      email: 'clinic@example.org',
      fees: '£5',
      schedules: [
        {
          id: 'x',
          freq: 'WEEKLY',
          byday: 'MO',
          opens_at: '09:00',
          closes_at: '12:00',
          valid_from: '2026-01-01',
        },
      ],
    }
    expect(fieldsNotKept(record)).toEqual([
      'service_at_locations[].location.latitude',
      'service_at_locations[].location.external_identifier',
      'service_at_locations[].location.external_identifier_type',
      'email',
      'fees',
      'schedules[].valid_from',
    ])
    const result = withStarterVocabularies(() => toCmsData(serviceSchema.parse(record)))
    expect(result.ok && result.notes).toContainEqual(
      'fields the Local Offer cannot hold, not kept: email, service_at_locations[].location.latitude, service_at_locations[].location.external_identifier, service_at_locations[].location.external_identifier_type, schedules[].valid_from, fees',
    )
  })

  it('reports an address outside the UK instead of making it British, and never makes a postal address a venue', () => {
    const abroad = withStarterVocabularies(() =>
      toCmsData(
        foreign({ attributes: classified, ...place({ country: 'US', state_province: 'MyState' }) }),
      ),
    )
    expect(!abroad.ok && abroad.reasons).toEqual([
      'location 1 is in the country "US": the Local Offer lists venues in the United Kingdom (GB)',
    ])
    expect(!abroad.ok && abroad.notes).toContain(
      `location 1's state_province "MyState" is not kept`,
    )
    const postal = withStarterVocabularies(() =>
      toCmsData(foreign({ attributes: classified, ...place({ address_type: 'postal' }) })),
    )
    expect(!postal.ok && postal.reasons[0]).toContain('has only a postal address')
  })

  it("notes a cost option's own words and an identifier's type rather than replace them", () => {
    const result = withStarterVocabularies(() =>
      toCmsData(
        foreign({
          attributes: [...classified, ours('local-offer-cost', 'charged')],
          cost_options: [{ id: 'k', option: 'Under 18s and Over 60s', amount: 35 }],
          organization: {
            ...foreign().organization,
            organization_identifiers: [
              { id: 'i', identifier_type: 'Company number', identifier: '1234567' },
            ],
          },
        }),
      ),
    )
    if (!result.ok) throw new Error(result.reasons.join('; '))
    expect(result.service.cost).toMatchObject({ type: 'charged' })
    expect(result.organisation.registrationNumber).toBe('1234567')
    expect(result.notes).toEqual(
      expect.arrayContaining([
        `the cost option's own words "Under 18s and Over 60s" are not kept`,
        `the organisation identifier's type "Company number" is not kept (the CMS holds the number only)`,
        expect.stringContaining('cost_options[].amount'),
      ]),
    )
  })
})

describe('the shapes feeds come in', () => {
  let folder: string
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'oruk-shapes-'))
    writeFileSync(
      path.join(folder, 'a.json'),
      JSON.stringify({ contents: [{ id: 'x' }, { id: 'y' }] }),
    )
    writeFileSync(path.join(folder, 'b.json'), JSON.stringify({ id: 'z', name: 'One service' }))
    writeFileSync(path.join(folder, 'c.json'), '{ not json')
    writeFileSync(path.join(folder, 'notes.txt'), 'ignored')
    writeFileSync(
      path.join(folder, 'sorting.json.txt'),
      JSON.stringify({ records: [{ reasons: ['r'], record: { id: 'w' } }] }),
    )
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const collect = async (location: string) => {
    const records: FeedRecord[] = []
    for await (const r of readFeed(location)) records.push(r)
    return records.map((r) => ('error' in r ? 'error' : (r.record as { id: string }).id))
  }

  it('reads a bare contents list as a list, and a folder of files one by one', async () => {
    expect(await collect(path.join(folder, 'a.json'))).toEqual(['x', 'y'])
    expect(await collect(folder)).toEqual(['x', 'y', 'z', 'error'])
  })

  it("reads back the importer's own list of records that need sorting", async () => {
    const file = path.join(folder, 'sorting.json.txt')
    expect(await collect(file)).toEqual(['w'])
  })
})
