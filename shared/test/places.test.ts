import { describe, expect, it } from 'vitest'

import {
  directionsUrl,
  distanceInMiles,
  isOnTheGlobe,
  parsePostcode,
  parseWithin,
  postcodeDistrict,
} from '../src/places/index.js'

describe('distanceInMiles', () => {
  it('gives one degree of latitude as 69.09 miles (mean Earth radius 6371.0088 km)', () => {
    expect(
      distanceInMiles({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }),
    ).toBeCloseTo(69.09, 1)
  })

  it('measures London (Charing Cross) to Paris (Notre-Dame) as about 213 miles', () => {
    const miles = distanceInMiles(
      { latitude: 51.5073, longitude: -0.1276 },
      { latitude: 48.853, longitude: 2.3499 },
    )
    expect(miles).toBeGreaterThan(211)
    expect(miles).toBeLessThan(215)
  })

  it('measures Heathrow to JFK as about 3,442 miles (published great-circle distance 5,539 km)', () => {
    const miles = distanceInMiles(
      { latitude: 51.47, longitude: -0.4543 },
      { latitude: 40.6413, longitude: -73.7781 },
    )
    expect(Math.abs(miles - 3442)).toBeLessThan(10)
  })

  it('is zero to the same point and the same both ways', () => {
    const a = { latitude: 51.44, longitude: -0.2 }
    const b = { latitude: 51.46, longitude: -0.17 }
    expect(distanceInMiles(a, a)).toBe(0)
    expect(distanceInMiles(a, b)).toBeCloseTo(distanceInMiles(b, a), 10)
  })
})

describe('postcodes', () => {
  it('normalises a postcode a family types, and refuses what is not one', () => {
    expect(parsePostcode(' wb12ab ')).toBe('WB1 2AB')
    expect(parsePostcode('WB1')).toBeNull()
    expect(parsePostcode('<script>')).toBeNull()
    expect(parsePostcode(undefined)).toBeNull()
  })

  it('takes the district from the outward code', () => {
    expect(postcodeDistrict('WB1 2AB')).toBe('WB1')
    expect(postcodeDistrict('sw1a 1aa')).toBe('SW1A')
  })

  it('accepts only the offered distances', () => {
    expect(parseWithin('3')).toBe(3)
    expect(parseWithin('4')).toBeNull()
    expect(parseWithin('1e1')).toBeNull()
    expect(parseWithin('x')).toBeNull()
  })

  it('treats the ONS "no grid reference" value as no place', () => {
    expect(isOnTheGlobe(99.999999, 0)).toBe(false)
    expect(isOnTheGlobe(51.4, -0.2)).toBe(true)
    expect(isOnTheGlobe(Number.NaN, 0)).toBe(false)
  })

  it('links to directions ending at the venue', () => {
    expect(directionsUrl({ latitude: 51.456789, longitude: -0.1234567 })).toBe(
      'https://www.openstreetmap.org/directions?route=%3B51.45679%2C-0.12346#map=16/51.45679/-0.12346',
    )
  })
})
