import { describe, expect, it } from 'vitest'

import { subCategoriesOf } from '../src/vocabularies.js'
import { councilVocabularies } from './fixtures/councilVocabularies.js'

import {
  adulthoodJourney,
  categories,
  guidanceForStep,
  listingsForStep,
  type JourneyStep,
} from '../src/index.js'

const step = (id: string): JourneyStep => {
  const found = adulthoodJourney.find((s) => s.id === id)
  if (!found) throw new Error(`no step ${id}`)
  return found
}
const listing = (
  slug: string,
  category: string,
  subCategories: string[],
  minimum: number,
  maximum: number,
) => ({ slug, category, subCategories, ageRange: { minimum, maximum } })

describe('the preparing-for-adulthood journey', () => {
  it('runs from the Year 9 review (13 to 14) to 25, in order of age', () => {
    expect(adulthoodJourney[0]?.ages).toEqual({ from: 13, to: 14 })
    expect(Math.max(...adulthoodJourney.map((s) => s.ages.to))).toBe(25)
    const starts = adulthoodJourney.map((s) => s.ages.from)
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
  })

  it('names only categories and sub-categories that exist, each sub-category in its own category', () => {
    for (const s of adulthoodJourney) {
      for (const rule of s.listings) {
        const category = categories.find((c) => c.value === rule.category)
        expect(category, `${s.id}: ${rule.category}`).toBeDefined()
        const own = subCategoriesOf(councilVocabularies.subCategories, category!.value).map(
          (sub) => sub.value as string,
        )
        for (const sub of rule.subCategories) expect(own, `${s.id}: ${sub}`).toContain(sub)
      }
    }
  })

  it('chooses listings by category, sub-category and age', () => {
    const listings = [
      listing('college', 'education', ['colleges'], 16, 25),
      listing('primary', 'education', ['mainstream-schools'], 4, 11),
      listing('college-for-adults', 'education', ['colleges'], 20, 25),
      listing('travel-training', 'transport', ['travel-training'], 10, 25),
      listing('school-bus', 'transport', ['home-to-school'], 5, 16),
      listing('apprenticeships', 'preparing-for-adulthood', ['apprenticeships'], 16, 25),
    ]
    expect(listingsForStep(listings, step('post-16')).map((l) => l.slug)).toEqual([
      'college',
      'travel-training',
      'apprenticeships',
    ])
  })

  it('takes the whole category when a rule names no sub-category', () => {
    const listings = [
      listing('careers', 'preparing-for-adulthood', ['employment'], 13, 25),
      listing('uni', 'preparing-for-adulthood', ['higher-education'], 16, 25),
    ]
    expect(listingsForStep(listings, step('year-9')).map((l) => l.slug)).toEqual(['careers'])
  })

  it('counts a listing whose ages end where the step starts', () => {
    const paediatrics = listing('paeds', 'health', ['paediatrics'], 2, 18)
    expect(listingsForStep([paediatrics], step('health'))).toHaveLength(1)
    expect(
      listingsForStep([{ ...paediatrics, ageRange: { minimum: 2, maximum: 17 } }], step('health')),
    ).toHaveLength(0)
  })

  it('finds guidance pages through their related categories', () => {
    const pages = [
      { slug: 'pfa', relatedCategories: ['preparing-for-adulthood', 'social-care'] },
      { slug: 'short-breaks', relatedCategories: ['short-breaks'] },
      { slug: 'budgets', relatedCategories: ['social-care'] },
    ]
    expect(guidanceForStep(pages, step('adult-social-care')).map((p) => p.slug)).toEqual([
      'pfa',
      'budgets',
    ])
    expect(guidanceForStep(pages, step('up-to-25')).map((p) => p.slug)).toEqual(['pfa'])
  })
})
