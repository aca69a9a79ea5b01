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
import { categories } from '../taxonomy.js'

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
 * The esd service types of each category and sub-category (by its stable code). Every code of
 * shared/src/taxonomy.ts is here (a test checks it): an empty list means no esd service type
 * says the same, so none is claimed.
 */
export const LOCAL_OFFER_ESD_SERVICE_TYPES: Readonly<Record<string, readonly string[]>> = {
  // Categories: only where one esd type covers the whole category.
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
  // Education
  'early-years': ['12', '1741'],
  'mainstream-schools': ['10', '17'],
  'special-schools': [],
  'resource-bases': ['10'],
  colleges: [],
  'independent-specialist': [],
  'alternative-provision': ['1765', '1766'],
  'specialist-teaching': [],
  // Health
  'speech-language-therapy': ['1788'],
  'occupational-therapy': ['180'],
  physiotherapy: ['1441'],
  'community-nursing': ['890'],
  'mental-health': ['1284'],
  paediatrics: [],
  'sensory-services': [],
  equipment: ['205', '178'],
  // Social care
  'disabled-children-team': [],
  'early-help': ['1772'],
  carers: ['225', '300', '298', '1755'],
  'transition-adult-care': [],
  'personal-budgets': ['287'],
  // Transport
  'home-to-school': ['40', '891'],
  'post-16-transport': ['1135'],
  'travel-training': [],
  'blue-badge-mobility': ['279', '276'],
  // Preparing for adulthood
  apprenticeships: [],
  'supported-internships': [],
  employment: ['299', '239'],
  'housing-independent-living': [],
  'higher-education': ['11'],
  'community-participation': ['241'],
  // Short breaks
  'day-activities': ['1790'],
  'holiday-schemes': ['1790', '18'],
  'overnight-breaks': ['1790', '260'],
  'home-based-support': ['1790', '260'],
  // Information, advice and support
  sendiass: [],
  'parent-carer-forum': [],
  'support-groups': ['831', '298'],
  'training-for-parents': [],
  // Childcare and leisure
  childcare: ['20', '19'],
  'sport-leisure': ['241'],
  'arts-culture': ['1791'],
  'youth-clubs': ['642'],
  // Mediation and disagreement resolution
  mediation: [],
  'disagreement-resolution': [],
  complaints: ['353'],
  // Tribunal
  'send-tribunal': [],
  'appeal-support': [],
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
export function esdServiceTypesOf(category: string, subCategories: readonly string[]): string[] {
  return unique(
    [category, ...subCategories].flatMap((code) => LOCAL_OFFER_ESD_SERVICE_TYPES[code] ?? []),
  )
}

/** The esd needs of a listing's areas of need, each once. */
export function esdNeedsOf(areas: readonly string[]): string[] {
  return unique(areas.flatMap((area) => AREA_OF_NEED_ESD_NEEDS[area as AreaOfNeed] ?? []))
}

/** The categories and sub-categories that carry an esd service type (the live API's filter). */
export function localCodesOfServiceType(identifier: string): {
  categories: string[]
  subCategories: string[]
} {
  const carriers = Object.entries(LOCAL_OFFER_ESD_SERVICE_TYPES)
    .filter(([, codes]) => codes.includes(identifier))
    .map(([code]) => code)
  const categoryCodes = new Set(categories.map((category) => category.value as string))
  return {
    categories: carriers.filter((code) => categoryCodes.has(code)),
    subCategories: carriers.filter((code) => !categoryCodes.has(code)),
  }
}

/** The areas of need that carry an esd need. */
export function areasOfEsdNeed(identifier: string): string[] {
  return Object.entries(AREA_OF_NEED_ESD_NEEDS)
    .filter(([, codes]) => codes.includes(identifier))
    .map(([area]) => area)
}

/** The categories and sub-categories with no esd service type (listed in the docs). */
export function unmappedLocalOfferCodes(): string[] {
  return Object.entries(LOCAL_OFFER_ESD_SERVICE_TYPES)
    .filter(([, codes]) => codes.length === 0)
    .map(([code]) => code)
}
