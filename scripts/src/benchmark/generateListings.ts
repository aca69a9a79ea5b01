/**
 * Generates any number of realistic listings for the benchmark from the demo content: each one
 * takes its structure (contacts, locations, opening times, school offer) from a demo listing of
 * its category and its text in English, Polish and Arabic from demo listings of the same category,
 * with its own name, ages, needs and sub-categories (its venues are the template's).
 * Deterministic for a given seed.
 * Every category and sub-category appears once there are at least as many listings as
 * sub-categories.
 */
import {
  areaOfNeedValues,
  categories,
  subCategoriesOf,
  type CouncilVocabularies,
  localeCodes,
  MAX_AGE,
  type LocaleCode,
  type LocalisedText,
} from '@local-offer/shared'

import { localities as demoLocalities } from '../seed/data/localities.js'
import { services as demoServices } from '../seed/data/services.js'
import type { LocalisedRichText, SeedService } from '../seed/types.js'
import { createRandom, type Random } from './random.js'

type Pool = readonly SeedService[]

/** The demo listings of a category that have text in a locale (falling back to all of them). */
function withText(pool: Pool, has: (service: SeedService) => boolean): Pool {
  const found = pool.filter(has)
  return found.length > 0 ? found : pool
}

/**
 * Localised text built per locale from a donor that has it in that locale: `preferred` where it
 * does, otherwise one of the pool.
 */
function localisedFrom(
  random: Random,
  pool: Pool,
  read: (service: SeedService) => LocalisedText | undefined,
  { preferred, suffix = '' }: { preferred?: SeedService; suffix?: string } = {},
): LocalisedText {
  const text: Partial<Record<LocaleCode, string>> = {}
  for (const locale of localeCodes) {
    const donor =
      preferred && read(preferred)?.[locale]
        ? preferred
        : random.pick(withText(pool, (s) => Boolean(read(s)?.[locale])))
    const value = read(donor)?.[locale]
    if (value) text[locale] = `${value}${suffix}`
  }
  return { ...text, en: text.en ?? '' }
}

/** A description of two demo descriptions' blocks, in every locale the donors have. */
function descriptionFrom(random: Random, pool: Pool): LocalisedRichText {
  const result: Partial<LocalisedRichText> = {}
  for (const locale of localeCodes) {
    const donors = withText(pool, (s) => Boolean(s.description[locale]))
    const blocks = random
      .sample(donors, 2)
      .flatMap((donor) => donor.description[locale] ?? donor.description.en)
    result[locale] = blocks
  }
  return { ...result, en: result.en ?? [] }
}

export interface GenerateOptions {
  count: number
  seed?: number
  /** The council's sub-categories and languages (the CMS's, as the benchmark's CMS has them). */
  vocabularies: Pick<CouncilVocabularies, 'subCategories' | 'languages'>
}

export function generateListings({
  count,
  seed = 20_260_501,
  vocabularies,
}: GenerateOptions): SeedService[] {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer')
  const random = createRandom(seed)
  const listings: SeedService[] = []
  for (let index = 0; index < count; index++) {
    // Round-robin over categories, then over each category's sub-categories, so all appear.
    const category = categories[index % categories.length]!
    const round = Math.floor(index / categories.length)
    const subValues = subCategoriesOf(vocabularies.subCategories, category.value).map(
      (sub) => sub.value,
    )
    const pool = demoServices.filter((s) => s.category === category.value)
    const template = random.pick(pool)
    // Names the listing only: a venue's locality comes from its postcode when it is saved.
    const locality = random.pick(demoLocalities)
    const minimum = random.int(0, 18)
    const maximum = random.int(minimum + 1, MAX_AGE)
    const subCategories = [
      ...new Set([
        ...(subValues.length > 0 ? [subValues[round % subValues.length]!] : []),
        ...random.sample(subValues, Math.min(subValues.length, random.int(0, 2))),
      ]),
    ].sort((a, b) => subValues.indexOf(a) - subValues.indexOf(b))
    listings.push({
      ...template,
      key: `benchmark-${index + 1}`,
      name: localisedFrom(random, pool, (s) => s.name, {
        preferred: template,
        suffix: ` (${locality.name.en} ${index + 1})`,
      }),
      summary: localisedFrom(random, pool, (s) => s.summary),
      description: descriptionFrom(random, pool),
      subCategories: subCategories as SeedService['subCategories'],
      ageRange: { minimum, maximum },
      areasOfNeed: random.sample(areaOfNeedValues, random.int(1, 4)),
      languages: random.sample(
        vocabularies.languages.map((language) => language.value),
        random.int(1, 3),
      ),
      access: {
        ...template.access,
        howToAccess: localisedFrom(random, pool, (s) => s.access.howToAccess),
      },
      locations: template.locations,
      reviewedDaysAgo: random.int(1, 300),
      reviewIntervalMonths: undefined,
      status: 'published',
      submittedForReview: false,
    })
  }
  return listings
}
