import { describe, expect, it } from 'vitest'

import {
  facetCountArguments,
  filtersFromSearchParams,
  mergeFacetCounts,
  pagefindFilterValues,
  searchFiltersFor,
  searchParamsFor,
  type SearchFilters,
} from '../src/lib/searchFilters'
import { demoLocalities, siteLocation, siteService } from './fixtures'

const filtersOf = (service: Parameters<typeof searchFiltersFor>[0]) =>
  searchFiltersFor(
    service,
    demoLocalities.map((locality) => locality.key),
  )

describe('searchFiltersFor', () => {
  it('indexes a listing under its own values', () => {
    const filters = filtersOf(
      siteService({
        category: 'health',
        ageGroups: ['11-16', '16-19'],
        areasOfNeed: ['cognition-learning', 'sensory-physical'],
        cost: { type: 'charged', detail: {} },
        locations: [siteLocation('eastfield'), siteLocation('riverside')],
      }),
    )
    expect(filters).toEqual({
      category: ['health'],
      age: ['11-16', '16-19'],
      need: ['cognition-learning', 'sensory-physical'],
      cost: ['charged'],
      ehc: ['not-needed'],
      locality: ['eastfield', 'riverside'],
      subcategory: [],
      open: [],
      access: ['self-referral'],
      language: [],
      venue: [],
    })
  })

  it('indexes sub-categories, languages other than English, venue features and self-referral', () => {
    const service = siteService({
      category: 'health',
      subCategories: ['speech-language-therapy', 'paediatrics'],
      languages: ['en', 'pl', 'bfi'],
      locations: [
        { ...siteLocation('eastfield'), venueFeatures: ['step-free', 'lift'] },
        { ...siteLocation('riverside'), venueFeatures: ['lift', 'hearing-loop'] },
      ],
    })
    const filters = filtersOf(service)
    expect(filters.subcategory).toEqual(['speech-language-therapy', 'paediatrics'])
    expect(filters.language).toEqual(['pl', 'bfi'])
    expect(filters.venue).toEqual(['step-free', 'lift', 'hearing-loop'])
    expect(filters.access).toEqual(['self-referral'])
    const referred = filtersOf({
      ...service,
      access: { ...service.access, routes: ['professional-referral'] },
    })
    expect(referred.access).toEqual([])
  })

  it('indexes when a listing is open from its opening times', () => {
    const filters = filtersOf(
      siteService({
        openingTimes: [
          { days: ['saturday'], opens: '10:00', closes: '12:00', note: {} },
          {
            days: ['wednesday'],
            opens: '16:00',
            closes: '19:00',
            note: { en: 'School holidays only' },
          },
        ],
      }),
    )
    expect(filters.open).toEqual(['weekends', 'evenings', 'school-holidays'])
    expect(filtersOf(siteService({ subCategories: ['holiday-schemes'] })).open).toEqual([
      'school-holidays',
    ])
  })

  it('puts a listing that names no area of need under all four', () => {
    expect(filtersOf(siteService({ areasOfNeed: [] })).need).toEqual([
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ])
  })

  it.each([
    ['free', ['free']],
    ['charged', ['charged']],
    ['free-and-charged', ['free', 'charged']],
  ] as const)('indexes cost type %s as %j', (type, values) => {
    expect(filtersOf(siteService({ cost: { type, detail: {} } })).cost).toEqual(values)
  })

  it('makes a listing with no locations available in every borough locality, not out of area', () => {
    expect(filtersOf(siteService({ locations: [] })).locality).toEqual([
      'westbridge-central',
      'northbrook',
      'eastfield',
      'southmere',
      'riverside',
    ])
  })

  it('lists each locality once, however many venues are in it', () => {
    const filters = filtersOf(
      siteService({
        locations: [
          siteLocation('northbrook'),
          siteLocation('out-of-area'),
          siteLocation('northbrook'),
        ],
      }),
    )
    expect(filters.locality).toEqual(['northbrook', 'out-of-area'])
  })

  it.each([
    [true, 'needed'],
    [false, 'not-needed'],
  ])('indexes ehcPlanRequired %s as ehc %s', (ehcPlanRequired, value) => {
    const service = siteService()
    const filters = filtersOf({
      ...service,
      access: { ...service.access, ehcPlanRequired },
    })
    expect(filters.ehc).toEqual([value])
  })

  it('does not share arrays with the listing', () => {
    const service = siteService({ ageGroups: ['0-5'] })
    filtersOf(service).age.push('19-25')
    expect(service.ageGroups).toEqual(['0-5'])
  })
})

describe('pagefindFilterValues', () => {
  it('gives one key:value pair per value, in the filters’ order', () => {
    const filters: SearchFilters = {
      locality: ['eastfield'],
      ehc: ['needed'],
      cost: ['free', 'charged'],
      need: ['sensory-physical'],
      age: ['0-5', '5-11'],
      category: ['education'],
      venue: ['lift'],
      language: ['pl'],
      access: ['self-referral'],
      open: ['weekends'],
      subcategory: ['special-schools'],
    }
    expect(pagefindFilterValues(filters)).toEqual([
      'category:education',
      'age:0-5',
      'age:5-11',
      'need:sensory-physical',
      'cost:free',
      'cost:charged',
      'ehc:needed',
      'locality:eastfield',
      'subcategory:special-schools',
      'open:weekends',
      'access:self-referral',
      'language:pl',
      'venue:lift',
    ])
  })

  it('leaves out a key with no values', () => {
    expect(
      pagefindFilterValues({
        category: ['health'],
        age: [],
        need: [],
        cost: ['free'],
        ehc: [],
        locality: [],
        subcategory: [],
        open: [],
        access: [],
        language: [],
        venue: [],
      }),
    ).toEqual(['category:health', 'cost:free'])
  })

  it('indexes a listing with no areas of need or venues under every need and locality', () => {
    const values = pagefindFilterValues(filtersOf(siteService({ areasOfNeed: [] })))
    expect(values.filter((v) => v.startsWith('need:'))).toHaveLength(4)
    expect(values.filter((v) => v.startsWith('locality:'))).toHaveLength(5)
    expect(values).not.toContain('locality:out-of-area')
  })
})

describe('search URL parameters', () => {
  it('reads the chosen filters and ignores unknown keys and empty values', () => {
    const params = new URLSearchParams(
      'q=speech&age=5-11&utm_source=leaflet&cost=&cost=free&age=0-5&colour=blue',
    )
    expect(filtersFromSearchParams(params)).toEqual({ age: ['5-11', '0-5'], cost: ['free'] })
  })

  it('reads a repeated value once', () => {
    expect(filtersFromSearchParams(new URLSearchParams('need=a&need=a&need=b'))).toEqual({
      need: ['a', 'b'],
    })
  })

  it('gives no filters for an empty URL', () => {
    expect(filtersFromSearchParams(new URLSearchParams(''))).toEqual({})
  })

  it('writes the query then the filters in a fixed order, values sorted', () => {
    const params = searchParamsFor('  speech therapy ', {
      locality: ['riverside', 'eastfield'],
      age: ['5-11', '0-5'],
      category: ['health'],
    })
    expect(params.toString()).toBe(
      'q=speech+therapy&category=health&age=0-5&age=5-11&locality=eastfield&locality=riverside',
    )
  })

  it('gives the same URL for the same choices made in a different order', () => {
    const a = searchParamsFor('x', { cost: ['free', 'charged'], need: ['sensory-physical'] })
    const b = searchParamsFor('x', { need: ['sensory-physical'], cost: ['charged', 'free'] })
    expect(a.toString()).toBe(b.toString())
  })

  it('leaves out a blank query', () => {
    expect(searchParamsFor('   ', { ehc: ['needed'] }).toString()).toBe('ehc=needed')
  })

  it('does not change the filters it is given', () => {
    const filters = { age: ['5-11', '0-5'] }
    searchParamsFor('', filters)
    expect(filters.age).toEqual(['5-11', '0-5'])
  })

  it('round-trips: filters written to a URL read back the same, values sorted', () => {
    const filters: Partial<SearchFilters> = {
      category: ['short-breaks'],
      age: ['0-5', '5-11'],
      need: ['communication-interaction'],
      cost: ['free', 'charged'],
      ehc: ['not-needed'],
      locality: ['northbrook'],
    }
    const url = searchParamsFor('holiday club', filters)
    expect(url.get('q')).toBe('holiday club')
    expect(filtersFromSearchParams(new URLSearchParams(url.toString()))).toEqual({
      ...filters,
      cost: ['charged', 'free'],
    })
    // And back again to the same URL.
    expect(searchParamsFor('holiday club', filtersFromSearchParams(url)).toString()).toBe(
      url.toString(),
    )
  })
})

describe('facet counts', () => {
  it('counts each chosen group without its own choice but with the others', () => {
    expect(facetCountArguments({ category: ['health'], age: ['0-5', '5-11'], need: [] })).toEqual([
      { key: 'category', filters: { age: { any: ['0-5', '5-11'] } } },
      { key: 'age', filters: { category: { any: ['health'] } } },
    ])
    expect(facetCountArguments({})).toEqual([])
  })

  it("shows a chosen group's widened counts and the main search's for the rest", () => {
    const main = { category: { health: 4, education: 0 }, cost: { free: 3, charged: 1 } }
    const widened = { category: { health: 4, education: 9 }, cost: { free: 10, charged: 3 } }
    expect(mergeFacetCounts(main, [{ key: 'category', counts: widened }])).toEqual({
      category: { health: 4, education: 9 },
      cost: { free: 3, charged: 1 },
    })
  })
})
