/**
 * The Local Offer's own vocabularies, published as Open Referral taxonomy terms on services,
 * locations and organisations (`attributes[].taxonomy_term`). Each term's `taxonomy` is the
 * vocabulary name, its `term` the stable code the CMS stores and its `name` the English label;
 * its id is derived from both (vocabularyTermId), so it is the same in every feed.
 */
import { localities } from '../localities.js'
import { areasOfNeed } from '../needs.js'
import { labelText, type VocabularyItem } from '../labels.js'
import { accessRoutes, costTypes, organisationTypes, venueFeatures } from '../service.js'
import { categories } from '../taxonomy.js'
import { vocabularyTermId } from './ids.js'

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
}

/** The two yes/no eligibility facts of a listing, as terms. */
export const REQUIREMENT_TERMS = [
  { value: 'ehc-plan-required', label: 'An EHC plan is needed' },
  { value: 'referral-required', label: 'A referral is needed' },
] as const

export interface VocabularyTerm {
  vocabulary: VocabularyName
  code: string
  label: string
  /** The code of the parent term (sub-categories: their category). */
  parentCode?: string
}

const simple = (vocabulary: VocabularyName, items: readonly VocabularyItem[]): VocabularyTerm[] =>
  items.map((item) => ({ vocabulary, code: item.value, label: labelText(item.label) }))

/** Every term of every Local Offer vocabulary. */
export const vocabularyTerms: readonly VocabularyTerm[] = [
  ...simple(VOCABULARIES.category, categories),
  ...categories.flatMap((category) =>
    category.subCategories.map((sub): VocabularyTerm => ({
      vocabulary: VOCABULARIES.subCategory,
      code: sub.value,
      label: sub.label.en,
      parentCode: category.value,
    })),
  ),
  ...simple(VOCABULARIES.areaOfNeed, areasOfNeed),
  ...simple(VOCABULARIES.accessRoute, accessRoutes),
  ...simple(VOCABULARIES.requirement, REQUIREMENT_TERMS),
  ...simple(VOCABULARIES.cost, costTypes),
  ...simple(VOCABULARIES.organisationType, organisationTypes),
  ...simple(VOCABULARIES.locality, localities),
  ...simple(VOCABULARIES.venueFeature, venueFeatures),
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
    term: term.code,
    taxonomy: term.vocabulary,
    ...(term.parentCode
      ? { parent_id: vocabularyTermId(VOCABULARIES.category, term.parentCode) }
      : {}),
  }
}

/** Looks a term up by its id (a term from any Local Offer feed), or by taxonomy and code. */
export function identifyVocabularyTerm(taxonomyTerm: {
  id?: string | null
  taxonomy?: string | null
  term?: string | null
}): VocabularyTerm | undefined {
  return vocabularyTerms.find(
    (term) =>
      (taxonomyTerm.taxonomy === term.vocabulary && taxonomyTerm.term === term.code) ||
      (typeof taxonomyTerm.id === 'string' &&
        taxonomyTerm.id.toLowerCase() === vocabularyTermId(term.vocabulary, term.code)),
  )
}
