/**
 * The national vocabularies the Local Offer's own terms map to, so national finders (the LGA
 * Service Finder, DfE's feed puller) can classify our services without knowing our lists:
 *  - the LGA's esd **service types** (`esdServiceTypes`, term URIs `http://id.esd.org.uk/service/N`)
 *    for the ten categories and their sub-categories;
 *  - the LGA's esd **needs** (`esdNeeds`, `http://id.esd.org.uk/need/N`) for the four broad
 *    areas of need.
 *
 * Every identifier and label below was checked against a copy of the esd lists (the LGA's
 * "services" list export, 1,568 service types, and the needs list: see docs/open-referral.md,
 * "National vocabularies"). None is invented: a Local Offer term with no esd service type that
 * says the same thing maps to none (an empty list), and the docs list those terms. The vocabulary
 * names are the ones the LGA Service Finder asks for (`vocabulary=esdServiceTypes`, `esdNeeds`).
 */
import type { AreaOfNeed } from '../needs.js'
import type { SubCategoryTerm } from '../vocabularies.js'

export const ESD_SERVICE_TYPES_VOCABULARY = 'esdServiceTypes'
export const ESD_NEEDS_VOCABULARY = 'esdNeeds'

/** The esd list each vocabulary is, and the URI of one of its terms. */
export const ESD_LISTS = {
  [ESD_SERVICE_TYPES_VOCABULARY]: {
    uri: 'https://standards.esd.org.uk/?uri=list/serviceTypes',
    termUri: (identifier: string) => `http://id.esd.org.uk/service/${identifier}`,
  },
  [ESD_NEEDS_VOCABULARY]: {
    uri: 'https://standards.esd.org.uk/?uri=list/needs',
    termUri: (identifier: string) => `http://id.esd.org.uk/need/${identifier}`,
  },
} as const

/** The esd service types the Local Offer uses: identifier → the list's own label. */
export const ESD_SERVICE_TYPES: Readonly<Record<string, string>> = {
  '10': 'Special educational needs - placement in mainstream school',
  '11': 'Education - grants - disabled students allowance',
  '12': 'Nursery school places',
  '17': 'Local schools',
  '18': 'School holiday schemes',
  '19': 'Childcare out of school hours',
  '20': 'Childminding',
  '40': 'Special educational needs transport',
  '180': 'Occupational therapy',
  '205': 'Specialist equipment for disabled people',
  '178': 'Disabled people - home adaptations and aids',
  '225': 'Adult carers',
  '239': 'Disabled people - employment and training schemes',
  '241': 'Leisure and social activities inclusion',
  '260': 'Respite care for children and young people',
  '276': 'Disabled people - Motability scheme',
  '279': 'Disabled people - parking permits',
  '287': 'Direct payments',
  '298': 'Carers support groups',
  '299': 'Disabled people - employment advice',
  '300': 'Young carers support',
  '353': 'Complaints procedure',
  '642': "Young people's drop in activities",
  '700': 'Advice for young people',
  '831': 'Family support groups',
  '890': 'School nursing',
  '891': 'School transport',
  '1135': 'Education transport for 16-19 year olds',
  '1284': 'Mental health support',
  '1441': 'Physiotherapy',
  '1579': 'Family information services',
  '1741': 'Early education for 2 year olds',
  '1755': 'Carers assessment',
  '1765': 'Alternative provision of education',
  '1766': 'Pupil referral unit',
  '1772': 'Integrated family support',
  '1788': 'Speech, language and communication therapy',
  '1790': 'Short breaks',
  '1791': 'Arts  and creative classes',
}

/** The esd needs the Local Offer uses: identifier → the list's own label. */
export const ESD_NEEDS: Readonly<Record<string, string>> = {
  '36': 'Improving mental health',
  '97': 'Special educational needs (SEN)',
  '103': 'Disabilities and special needs support',
  '111': 'Emotional wellbeing',
}

/**
 * The esd service types of each category (by its stable code): only where one esd type covers
 * the whole category; an empty list means none does. A sub-category's are data officers manage
 * (its `esdServiceTypes`, the CMS's `sub-categories`).
 */
export const CATEGORY_ESD_SERVICE_TYPES: Readonly<Record<string, readonly string[]>> = {
  education: ['10'],
  health: [],
  'social-care': [],
  transport: ['40'],
  'preparing-for-adulthood': ['700'],
  'short-breaks': ['1790'],
  'information-advice-support': ['1579'],
  'childcare-leisure': ['241'],
  'mediation-disagreement': [],
  tribunal: [],
}

/** The esd needs of each broad area of need. */
export const AREA_OF_NEED_ESD_NEEDS: Readonly<Record<AreaOfNeed, readonly string[]>> = {
  'communication-interaction': ['97'],
  'cognition-learning': ['97'],
  'social-emotional-mental-health': ['97', '111', '36'],
  'sensory-physical': ['97', '103'],
}

const unique = (codes: Iterable<string>) =>
  [...new Set(codes)].sort((a, b) => Number(a) - Number(b))

/** The esd service types of a listing: its category's and its sub-categories', each once. */
export function esdServiceTypesOf(
  category: string,
  subCategories: readonly string[],
  subCategoryTerms: readonly SubCategoryTerm[],
): string[] {
  return unique([
    ...(CATEGORY_ESD_SERVICE_TYPES[category] ?? []),
    ...subCategories.flatMap(
      (key) => subCategoryTerms.find((term) => term.value === key)?.esdServiceTypes ?? [],
    ),
  ])
}

/** The esd needs of a listing's areas of need, each once. */
export function esdNeedsOf(areas: readonly string[]): string[] {
  return unique(areas.flatMap((area) => AREA_OF_NEED_ESD_NEEDS[area as AreaOfNeed] ?? []))
}

/** The categories and sub-categories that carry an esd service type (the live API's filter). */
export function localCodesOfServiceType(
  identifier: string,
  subCategoryTerms: readonly SubCategoryTerm[],
): {
  categories: string[]
  subCategories: string[]
} {
  return {
    categories: Object.entries(CATEGORY_ESD_SERVICE_TYPES)
      .filter(([, codes]) => codes.includes(identifier))
      .map(([code]) => code),
    subCategories: subCategoryTerms
      .filter((term) => term.esdServiceTypes.includes(identifier))
      .map((term) => term.value),
  }
}

/** The areas of need that carry an esd need. */
export function areasOfEsdNeed(identifier: string): string[] {
  return Object.entries(AREA_OF_NEED_ESD_NEEDS)
    .filter(([, codes]) => codes.includes(identifier))
    .map(([area]) => area)
}

/** The categories and sub-categories with no esd service type (listed in the docs). */
export function unmappedLocalOfferCodes(subCategoryTerms: readonly SubCategoryTerm[]): string[] {
  return [
    ...Object.entries(CATEGORY_ESD_SERVICE_TYPES)
      .filter(([, codes]) => codes.length === 0)
      .map(([code]) => code),
    ...subCategoryTerms.filter((term) => term.esdServiceTypes.length === 0).map((t) => t.value),
  ]
}
