/**
 * Preparing for adulthood, age by age: the steps a young person with SEND goes through from the
 * Year 9 review (age 13 to 14) to 25, and which listings and guidance belong to each step. A step
 * names categories, sub-categories and ages, never listings: the site picks the published listings
 * that match when it is built, so a new college or supported internship appears by itself.
 *
 * Where the ages come from: SEND Code of Practice 2015 ch. 8 (reviews from Year 9 focus on
 * preparing for adulthood, 8.9-8.11; young people's own rights from the end of the school year in
 * which they turn 16, 8.13-8.15; adult social care transition assessments under the Care Act 2014
 * before 18, 8.56-8.58; health transition, 8.69-8.71; EHC plans up to 25, 8.51-8.52; supported
 * internships for 16 to 24-year-olds with an EHC plan, 8.39).
 */
import type { CategoryValue } from './taxonomy.js'

export interface JourneyListingRule {
  category: CategoryValue
  /** Any of these sub-categories; empty means the whole category. */
  subCategories: readonly string[]
}

export interface JourneyStep {
  /** The step's id, also the page's fragment (#post-16) and its translation keys. */
  id: string
  /** The ages the step is about, inclusive: listings that serve any of them are shown. */
  ages: { from: number; to: number }
  listings: readonly JourneyListingRule[]
  /** Information pages related to any of these categories are the step's guidance. */
  guidanceCategories: readonly CategoryValue[]
}

export const adulthoodJourney = [
  {
    id: 'year-9',
    ages: { from: 13, to: 14 },
    listings: [
      { category: 'preparing-for-adulthood', subCategories: [] },
      { category: 'social-care', subCategories: ['transition-adult-care'] },
      { category: 'information-advice-support', subCategories: ['sendiass'] },
    ],
    guidanceCategories: ['preparing-for-adulthood'],
  },
  {
    id: 'post-16',
    ages: { from: 16, to: 19 },
    listings: [
      { category: 'education', subCategories: ['colleges', 'independent-specialist'] },
      { category: 'preparing-for-adulthood', subCategories: ['apprenticeships'] },
      { category: 'transport', subCategories: ['post-16-transport', 'travel-training'] },
    ],
    guidanceCategories: ['preparing-for-adulthood', 'transport'],
  },
  {
    id: 'work',
    ages: { from: 16, to: 24 },
    listings: [
      {
        category: 'preparing-for-adulthood',
        subCategories: ['supported-internships', 'employment', 'apprenticeships'],
      },
    ],
    guidanceCategories: ['preparing-for-adulthood'],
  },
  {
    id: 'adult-social-care',
    ages: { from: 17, to: 18 },
    listings: [
      { category: 'social-care', subCategories: ['transition-adult-care', 'personal-budgets'] },
    ],
    guidanceCategories: ['social-care'],
  },
  {
    id: 'health',
    ages: { from: 18, to: 19 },
    listings: [
      { category: 'health', subCategories: ['mental-health', 'paediatrics', 'community-nursing'] },
    ],
    guidanceCategories: ['health'],
  },
  {
    id: 'independent-living',
    ages: { from: 18, to: 25 },
    listings: [
      {
        category: 'preparing-for-adulthood',
        subCategories: ['housing-independent-living', 'community-participation'],
      },
      { category: 'transport', subCategories: ['travel-training'] },
      { category: 'social-care', subCategories: ['personal-budgets'] },
    ],
    guidanceCategories: ['preparing-for-adulthood', 'social-care'],
  },
  {
    id: 'up-to-25',
    ages: { from: 19, to: 25 },
    listings: [{ category: 'preparing-for-adulthood', subCategories: ['higher-education'] }],
    guidanceCategories: ['preparing-for-adulthood'],
  },
] as const satisfies readonly JourneyStep[]

export type JourneyStepId = (typeof adulthoodJourney)[number]['id']

/** What a listing needs to say for a step to choose it. */
export interface JourneyListing {
  category: string
  subCategories: readonly string[]
  ageRange: { minimum: number; maximum: number }
}

/** Whether a listing belongs to a step: its category and sub-category match, and it serves one of the step's ages. */
export function listingFitsStep(listing: JourneyListing, step: JourneyStep): boolean {
  const servesAnAge =
    listing.ageRange.minimum <= step.ages.to && listing.ageRange.maximum >= step.ages.from
  return (
    servesAnAge &&
    step.listings.some(
      (rule) =>
        rule.category === listing.category &&
        (rule.subCategories.length === 0 ||
          rule.subCategories.some((sub) => listing.subCategories.includes(sub))),
    )
  )
}

/** The listings for a step, in the order given. */
export function listingsForStep<Listing extends JourneyListing>(
  listings: readonly Listing[],
  step: JourneyStep,
): Listing[] {
  return listings.filter((listing) => listingFitsStep(listing, step))
}

/** The information pages for a step: those related to any of its guidance categories. */
export function guidanceForStep<Page extends { relatedCategories: readonly string[] }>(
  pages: readonly Page[],
  step: JourneyStep,
): Page[] {
  return pages.filter((page) =>
    page.relatedCategories.some((category) =>
      (step.guidanceCategories as readonly string[]).includes(category),
    ),
  )
}
