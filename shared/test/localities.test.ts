import { describe, expect, it } from 'vitest'

import {
  listingLocalities,
  localityForPostcode,
  normalisePostcodeArea,
  OUTSIDE_AREA,
} from '../src/localities.js'
import { localityName, localityTerms, VOCABULARIES } from '../src/openReferral/vocabulary.js'

const localities = [
  { key: 'hill', postcodeAreas: ['AB1', 'AB2'] },
  { key: 'hill-east', postcodeAreas: ['AB1 9'] },
]

describe('normalisePostcodeArea', () => {
  it('takes districts and sectors in any case and spacing, and nothing else', () => {
    expect(normalisePostcodeArea(' ab1 ')).toBe('AB1')
    expect(normalisePostcodeArea('sw1a')).toBe('SW1A')
    expect(normalisePostcodeArea('ab1   9')).toBe('AB1 9')
    expect(normalisePostcodeArea('AB1 9XY')).toBeNull()
    expect(normalisePostcodeArea('AB')).toBeNull()
    expect(normalisePostcodeArea(12)).toBeNull()
  })
})

describe('localityForPostcode', () => {
  it('finds the locality covering a postcode, a sector before its district', () => {
    expect(localityForPostcode('ab1 2de', localities)).toBe('hill')
    expect(localityForPostcode('AB1 9XY', localities)).toBe('hill-east')
    expect(localityForPostcode('AB2 1AA', localities)).toBe('hill')
  })

  it('says outside the area for a postcode no locality covers, or no postcode', () => {
    expect(localityForPostcode('SW1A 1AA', localities)).toBe(OUTSIDE_AREA)
    expect(localityForPostcode('not a postcode', localities)).toBe(OUTSIDE_AREA)
    expect(localityForPostcode('AB1 2DE', [])).toBe(OUTSIDE_AREA)
  })
})

describe('listingLocalities', () => {
  it('is the venues’ localities, or every locality (never outside) for no venue', () => {
    expect(listingLocalities([{ locality: 'hill' }, { locality: 'hill' }], ['hill', 'x'])).toEqual([
      'hill',
    ])
    expect(listingLocalities([], ['hill', OUTSIDE_AREA, 'hill-east'])).toEqual([
      'hill',
      'hill-east',
    ])
  })
})

describe('locality terms', () => {
  it('are the council’s localities and outside the area, named in English', () => {
    const names = [{ key: 'hill', name: 'Hill Top' }]
    expect(localityTerms(names).map((t) => [t.vocabulary, t.code, t.label])).toEqual([
      [VOCABULARIES.locality, 'hill', 'Hill Top'],
      [VOCABULARIES.locality, OUTSIDE_AREA, 'Outside the area'],
    ])
    expect(localityName(names, 'hill')).toBe('Hill Top')
    expect(localityName(names, OUTSIDE_AREA)).toBe('Outside the area')
    expect(localityName(names, 'gone')).toBe('gone')
  })
})
