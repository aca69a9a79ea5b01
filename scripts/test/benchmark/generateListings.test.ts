import { categories, categoryOfSubCategory, localeCodes, MAX_AGE } from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import { councilVocabularies } from '../../../shared/test/fixtures/councilVocabularies'

import { generateListings } from '../../src/benchmark/generateListings'
import { createRandom } from '../../src/benchmark/random'

describe('the seeded random generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(1)
    const b = createRandom(1)
    const c = createRandom(2)
    const first = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first)
    for (const value of first) expect(value >= 0 && value < 1).toBe(true)
  })

  it('samples distinct items in list order', () => {
    const sample = createRandom(3).sample([1, 2, 3, 4, 5, 6], 4)
    expect(new Set(sample).size).toBe(4)
    expect([...sample].sort((x, y) => x - y)).toEqual(sample)
  })
})

describe('generated benchmark listings', () => {
  const listings = generateListings({ count: 200, vocabularies: councilVocabularies })

  it('are the same for the same seed and differ for another', () => {
    expect(generateListings({ count: 200, vocabularies: councilVocabularies })).toEqual(listings)
    expect(
      generateListings({ count: 200, seed: 7, vocabularies: councilVocabularies }),
    ).not.toEqual(listings)
  })

  it('cover every category and sub-category, with sub-categories of their own category', () => {
    expect(new Set(listings.map((l) => l.category))).toEqual(
      new Set(categories.map((c) => c.value)),
    )
    expect(new Set(listings.flatMap((l) => l.subCategories))).toEqual(
      new Set(councilVocabularies.subCategories.map((sub) => sub.value)),
    )
    for (const listing of listings) {
      for (const sub of listing.subCategories) {
        expect(categoryOfSubCategory(councilVocabularies.subCategories, sub)).toBe(listing.category)
      }
    }
  })

  it('have unique names, text in every locale, valid ages and published status', () => {
    expect(new Set(listings.map((l) => l.name.en)).size).toBe(listings.length)
    for (const listing of listings) {
      for (const locale of localeCodes) {
        expect(listing.name[locale], `${listing.key} name ${locale}`).toBeTruthy()
        expect(listing.summary[locale], `${listing.key} summary ${locale}`).toBeTruthy()
        expect(
          listing.description[locale]?.length,
          `${listing.key} description ${locale}`,
        ).toBeGreaterThan(0)
      }
      expect(listing.ageRange.minimum).toBeLessThan(listing.ageRange.maximum)
      expect(listing.ageRange.maximum).toBeLessThanOrEqual(MAX_AGE)
      expect(listing.areasOfNeed.length).toBeGreaterThan(0)
      expect(listing.status).toBe('published')
    }
  })

  it('include school offers', () => {
    expect(listings.some((l) => l.educationOffer !== undefined)).toBe(true)
  })

  it('refuses a count that is not a positive whole number', () => {
    expect(() => generateListings({ vocabularies: councilVocabularies, count: 0 })).toThrow(
      /positive integer/,
    )
    expect(() => generateListings({ vocabularies: councilVocabularies, count: 1.5 })).toThrow(
      /positive integer/,
    )
  })
})
