/**
 * The Local Offer's own vocabularies, published as Open Referral taxonomy terms on services,
 * locations and organisations (`attributes[].taxonomy_term`). Each term's `taxonomy` is the
 * vocabulary name, its `term` the stable code the CMS stores and its `name` the English label;
 * its id is derived from both (vocabularyTermId), so it is the same in every feed.
 * Beside them, the national esd vocabularies the categories and areas of need map to
 * (nationalVocabularies.ts): derived from the listing's own terms, never stored.
 */
import { OUTSIDE_AREA, OUTSIDE_AREA_NAME } from '../localities.js'
import { areasOfNeed } from '../needs.js'
import { labelText, type VocabularyItem } from '../labels.js'
import { accessRoutes, costTypes, organisationTypes } from '../service.js'
import { categories, getCategory } from '../taxonomy.js'
import type { CouncilVocabularies } from '../vocabularies.js'
import { taxonomyId, vocabularyTermId } from './ids.js'
import {
  ESD_LISTS,
  ESD_NEEDS,
  ESD_NEEDS_VOCABULARY,
  ESD_SERVICE_TYPES,
  ESD_SERVICE_TYPES_VOCABULARY,
} from './nationalVocabularies.js'

export const VOCABULARIES = {
  category: 'local-offer-category',
  subCategory: 'local-offer-sub-category',
  areaOfNeed: 'local-offer-area-of-need',
  accessRoute: 'local-offer-access-route',
  requirement: 'local-offer-requirement',
  cost: 'local-offer-cost',
  organisationType: 'local-offer-organisation-type',
  locality: 'local-offer-locality',
  venueFeature: 'local-offer-venue-feature',
  esdServiceType: ESD_SERVICE_TYPES_VOCABULARY,
  esdNeed: ESD_NEEDS_VOCABULARY,
} as const

export type VocabularyName = (typeof VOCABULARIES)[keyof typeof VOCABULARIES]

/** What each vocabulary's attribute says about the thing it is on (HSDS attribute.link_type). */
export const LINK_TYPES: Record<VocabularyName, string> = {
  'local-offer-category': 'service_type',
  'local-offer-sub-category': 'service_type',
  'local-offer-area-of-need': 'audience',
  'local-offer-access-route': 'access',
  'local-offer-requirement': 'eligibility',
  'local-offer-cost': 'cost',
  'local-offer-organisation-type': 'organization_type',
  'local-offer-locality': 'area',
  'local-offer-venue-feature': 'accessibility',
  esdServiceTypes: 'service_type',
  esdNeeds: 'audience',
}

/** The national vocabularies: published and read, but derived from the Local Offer's terms. */
export const NATIONAL_VOCABULARIES: readonly VocabularyName[] = [
  VOCABULARIES.esdServiceType,
  VOCABULARIES.esdNeed,
]

/** The URI of a vocabulary's list, where it is a published standard. */
export const VOCABULARY_URIS: Partial<Record<VocabularyName, string>> = {
  esdServiceTypes: ESD_LISTS.esdServiceTypes.uri,
  esdNeeds: ESD_LISTS.esdNeeds.uri,
}

/** The two yes/no eligibility facts of a listing, as terms. */
export const REQUIREMENT_TERMS = [
  { value: 'ehc-plan-required', label: 'An EHC plan is needed' },
  { value: 'referral-required', label: 'A referral is needed' },
] as const

/** What each vocabulary is (the Open Referral `taxonomy` document's description). */
export const VOCABULARY_DESCRIPTIONS: Record<VocabularyName, string> = {
  'local-offer-category':
    'The ten categories of the SEND Local Offer (SEND Regulations 2014 Schedule 2).',
  'local-offer-sub-category': 'The kinds of service within each Local Offer category.',
  'local-offer-area-of-need':
    'The four broad areas of special educational need (SEND Code of Practice 6.28).',
  'local-offer-access-route': 'How a child, young person or family can get the service.',
  'local-offer-requirement': 'What a child or young person needs before they can use the service.',
  'local-offer-cost': 'Whether families pay for the service.',
  'local-offer-organisation-type': 'The kind of organisation that provides the service.',
  'local-offer-locality': "The localities of the council's area where services are delivered.",
  'local-offer-venue-feature': 'Accessibility features of the venue.',
  esdServiceTypes:
    "The Local Government Association's esd service types that the Local Offer's categories and sub-categories map to.",
  esdNeeds:
    "The Local Government Association's esd needs that the Local Offer's areas of need map to.",
}

export interface VocabularyTerm {
  vocabulary: VocabularyName
  code: string
  label: string
  /** What the term means: the Open Referral taxonomy term's required `description`. */
  description: string
  /** The code of the parent term (sub-categories: their category). */
  parentCode?: string
  /** The term's URI in a published vocabulary (the national ones). */
  uri?: string
}

/** A term's description where its list has none of its own, from its label. */
const TERM_DESCRIPTIONS: Record<VocabularyName, (label: string) => string> = {
  'local-offer-category': (label) => `The Local Offer category ${label}.`,
  'local-offer-sub-category': (label) => `${label}, a kind of Local Offer service.`,
  'local-offer-area-of-need': (label) => `For children and young people with needs in ${label}.`,
  'local-offer-access-route': (label) => `How to get the service: ${label}.`,
  'local-offer-requirement': (label) => `${label} before the service can be used.`,
  'local-offer-cost': (label) => `Cost to families: ${label}.`,
  'local-offer-organisation-type': (label) => `Provided by a ${label.toLowerCase()}.`,
  'local-offer-locality': (label) => `Delivered in ${label}.`,
  'local-offer-venue-feature': (label) => `The venue has: ${label.toLowerCase()}.`,
  esdServiceTypes: (label) => `The LGA esd service type "${label}".`,
  esdNeeds: (label) => `The LGA esd need "${label}".`,
}

const national = (
  vocabulary: typeof ESD_SERVICE_TYPES_VOCABULARY | typeof ESD_NEEDS_VOCABULARY,
  list: Readonly<Record<string, string>>,
): VocabularyTerm[] =>
  Object.entries(list)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, label]) => ({
      vocabulary,
      code,
      label,
      description: TERM_DESCRIPTIONS[vocabulary](label),
      uri: ESD_LISTS[vocabulary].termUri(code),
    }))

const simple = (vocabulary: VocabularyName, items: readonly VocabularyItem[]): VocabularyTerm[] =>
  items.map((item) => {
    const label = labelText(item.label)
    return {
      vocabulary,
      code: item.value,
      label,
      description: TERM_DESCRIPTIONS[vocabulary](label),
    }
  })

/** A locality as the feed names it: its key and its English name (the CMS's `localities`). */
export interface LocalityName {
  key: string
  name: string
}

/**
 * The council's localities (data officers manage) as terms, with OUTSIDE_AREA last. Not in
 * `vocabularyTerms`: they differ from council to council, so each feed is given them.
 */
export function localityTerms(localities: readonly LocalityName[]): VocabularyTerm[] {
  return [
    ...localities
      .filter((locality) => locality.key !== OUTSIDE_AREA)
      .map((locality) => ({ value: locality.key, label: locality.name })),
    { value: OUTSIDE_AREA, label: OUTSIDE_AREA_NAME },
  ].flatMap((item) => simple(VOCABULARIES.locality, [item]))
}

/** The name of a locality's key (OUTSIDE_AREA's own, else the key itself when unknown). */
export function localityName(localities: readonly LocalityName[], key: string): string {
  if (key === OUTSIDE_AREA) return OUTSIDE_AREA_NAME
  return localities.find((locality) => locality.key === key)?.name ?? key
}

/**
 * Every term of every fixed Local Offer vocabulary. The council's own (localities,
 * sub-categories, venue features: data officers manage) are `councilTerms`.
 */
export const vocabularyTerms: readonly VocabularyTerm[] = [
  ...categories.map((category): VocabularyTerm => ({
    vocabulary: VOCABULARIES.category,
    code: category.value,
    label: category.label.en,
    description: category.description.en,
  })),
  ...simple(VOCABULARIES.areaOfNeed, areasOfNeed),
  ...simple(VOCABULARIES.accessRoute, accessRoutes),
  ...simple(VOCABULARIES.requirement, REQUIREMENT_TERMS),
  ...simple(VOCABULARIES.cost, costTypes),
  ...simple(VOCABULARIES.organisationType, organisationTypes),
  ...national(VOCABULARIES.esdServiceType, ESD_SERVICE_TYPES),
  ...national(VOCABULARIES.esdNeed, ESD_NEEDS),
]

export function findVocabularyTerm(
  vocabulary: VocabularyName,
  code: string,
): VocabularyTerm | undefined {
  return vocabularyTerms.find((term) => term.vocabulary === vocabulary && term.code === code)
}

/** The Open Referral taxonomy_term object of a Local Offer term. */
export function taxonomyTermOf(term: VocabularyTerm) {
  return {
    id: vocabularyTermId(term.vocabulary, term.code),
    name: term.label,
    description: term.description,
    term: term.code,
    taxonomy: term.vocabulary,
    taxonomy_id: taxonomyId(term.vocabulary),
    ...(term.uri ? { term_uri: term.uri } : {}),
    ...(term.parentCode
      ? { parent_id: vocabularyTermId(VOCABULARIES.category, term.parentCode) }
      : {}),
  }
}

/**
 * Looks a term up by its id (a term from any Local Offer feed), by taxonomy and code, or (a
 * national term in another publisher's feed) by its URI.
 */
export function identifyVocabularyTerm(
  taxonomyTerm: {
    id?: string | null
    taxonomy?: string | null
    term?: string | null
    term_uri?: string | null
  },
  /** Terms beyond the fixed vocabularies: the council's own (`councilTerms`). */
  moreTerms: readonly VocabularyTerm[] = [],
): VocabularyTerm | undefined {
  return [...vocabularyTerms, ...moreTerms].find(
    (term) =>
      (taxonomyTerm.taxonomy === term.vocabulary && taxonomyTerm.term === term.code) ||
      (term.uri !== undefined && taxonomyTerm.term_uri === term.uri) ||
      (typeof taxonomyTerm.id === 'string' &&
        taxonomyTerm.id.toLowerCase() === vocabularyTermId(term.vocabulary, term.code)),
  )
}

/** The council's vocabularies a feed is built with: data, so each feed is given them. */
export interface FeedVocabularies extends CouncilVocabularies {
  readonly localities: readonly LocalityName[]
}

/** The terms of the council's own vocabularies: sub-categories, venue features, localities. */
export function councilTerms(vocabularies: FeedVocabularies): VocabularyTerm[] {
  return [
    ...vocabularies.subCategories.map((sub): VocabularyTerm => {
      const category = getCategory(sub.category)
      return {
        vocabulary: VOCABULARIES.subCategory,
        code: sub.value,
        label: sub.label.en,
        description: `${sub.label.en}: a kind of service in the Local Offer category ${category.label.en}.`,
        parentCode: category.value,
      }
    }),
    ...simple(VOCABULARIES.venueFeature, vocabularies.venueFeatures),
    ...localityTerms(vocabularies.localities),
  ]
}
