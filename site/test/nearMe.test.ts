import { describe, expect, it } from 'vitest'

import {
  addPlaceParams,
  byDistance,
  formatMiles,
  placeFromSearchParams,
  venuesFromMeta,
  venuesMeta,
} from '../src/components/search/nearMe'
import { postcodeFilesByDistrict } from '../src/lib/places/postcodeFiles'

// Three venues at known points around a family in WB1 2AB (51.4561, -0.1920).
const home = { latitude: 51.4561, longitude: -0.192 }
const near = { latitude: 51.4581, longitude: -0.19 } // ~0.16 miles
const middle = { latitude: 51.4761, longitude: -0.186 } // ~1.4 miles
const far = { latitude: 51.4189, longitude: -0.2946 } // ~4.9 miles (Kingston)

describe('near-me ordering', () => {
  const listings = [
    { name: 'far', venues: [far] },
    { name: 'phone line', venues: [] },
    { name: 'middle', venues: [middle] },
    { name: 'near and far', venues: [far, near] },
  ]

  it('puts the nearest venue first and keeps listings without a venue, after them', () => {
    const ordered = byDistance(listings, (l) => l.venues, home, null)
    expect(ordered.map((p) => p.item.name)).toEqual(['near and far', 'middle', 'far', 'phone line'])
    expect(ordered[0]?.miles).toBeCloseTo(0.16, 1)
    expect(ordered[1]?.miles).toBeCloseTo(1.4, 1)
    expect(ordered[3]?.miles).toBeUndefined()
  })

  it('leaves out venues further than the chosen distance', () => {
    const ordered = byDistance(listings, (l) => l.venues, home, 3)
    expect(ordered.map((p) => p.item.name)).toEqual(['near and far', 'middle', 'phone line'])
  })
})

describe('the places in a listing page', () => {
  it('round-trip through Pagefind meta, dropping anything unreadable', () => {
    expect(venuesFromMeta(venuesMeta([near, far]))).toEqual([near, far])
    expect(venuesFromMeta('51.1,x;<b>;51.2,-0.3')).toEqual([{ latitude: 51.2, longitude: -0.3 }])
    expect(venuesFromMeta(undefined)).toEqual([])
  })
})

describe('the place in the search URL', () => {
  it('reads near and within, refusing distances not offered', () => {
    expect(placeFromSearchParams(new URLSearchParams('near=wb1+2ab&within=3'))).toEqual({
      near: 'wb1 2ab',
      within: 3,
    })
    expect(placeFromSearchParams(new URLSearchParams('within=7')).within).toBeNull()
    const tampered = placeFromSearchParams(new URLSearchParams(`near=${'x'.repeat(500)}%0A`))
    expect(tampered.near.length).toBeLessThanOrEqual(16)
  })

  it('writes the postcode in its standard form', () => {
    expect(
      addPlaceParams(new URLSearchParams('q=speech'), { near: 'wb12ab', within: 3 }).toString(),
    ).toBe('q=speech&near=WB1+2AB&within=3')
    expect(addPlaceParams(new URLSearchParams(), { near: '', within: 3 }).toString()).toBe('')
  })
})

describe('distances in the family’s language', () => {
  it('says miles with one decimal', () => {
    expect(formatMiles(1.234, 'en-GB')).toBe('1.2 miles')
    expect(formatMiles(1.234, 'pl')).toMatch(/^1,2 mil/)
    expect(formatMiles(12.6, 'en-GB')).toBe('12.6 miles')
  })
})

describe('the postcode files', () => {
  it('group postcodes by district, each as postcode → [latitude, longitude]', () => {
    const files = postcodeFilesByDistrict([
      { id: 'WB2 1AA', district: 'WB2', latitude: 51.46, longitude: -0.2 },
      { id: 'WB1 2AB', district: 'WB1', latitude: 51.4561, longitude: -0.192 },
    ])
    expect([...files.keys()]).toEqual(['WB1', 'WB2'])
    expect(files.get('WB1')).toEqual({ 'WB1 2AB': [51.4561, -0.192] })
  })
})
