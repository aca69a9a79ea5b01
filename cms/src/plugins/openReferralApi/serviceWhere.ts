/**
 * The live API's service filters as a Payload `where`, so the database filters and pages
 * (never loading every listing to filter it here). Only live listings: published and not
 * withdrawn, the same rule as the public REST API (access/liveOrStaff) and the site.
 */
import type { Where } from 'payload'
import {
  VOCABULARIES,
  areasOfEsdNeed,
  councilTerms,
  localCodesOfServiceType,
  taxonomyId,
  vocabularyTermId,
  vocabularyTerms,
  type VocabularyName,
  type VocabularyTerm,
  type FeedVocabularies,
} from '@local-offer/shared/openReferral'
import type { SubCategoryTerm } from '@local-offer/shared'

import { badQuery } from './apiErrors'
import type { ServiceFilters } from './queryParameters'

/** Published and not withdrawn for want of a review. */
export const LIVE_LISTING: Where = {
  and: [
    { _status: { equals: 'published' } },
    { or: [{ reviewStatus: { not_equals: 'withdrawn' } }, { reviewStatus: { exists: false } }] },
  ],
}

/** The listing field each vocabulary's terms are stored in (requirements are two booleans). */
const TERM_FIELDS: Record<
  Exclude<VocabularyName, 'local-offer-requirement' | 'esdServiceTypes' | 'esdNeeds'>,
  string
> = {
  'local-offer-category': 'category',
  'local-offer-sub-category': 'subCategories',
  'local-offer-area-of-need': 'areasOfNeed',
  'local-offer-access-route': 'access.routes',
  'local-offer-cost': 'cost.type',
  'local-offer-organisation-type': 'organisation.type',
  'local-offer-locality': 'locations.locality',
  'local-offer-venue-feature': 'locations.venueFeatures',
}

const REQUIREMENT_FIELDS: Record<string, string> = {
  'ehc-plan-required': 'access.ehcPlanRequired',
  'referral-required': 'access.referralRequired',
}

/** Listings carrying any of these terms (all of one vocabulary). */
function withAnyTerm(
  terms: readonly VocabularyTerm[],
  subCategoryTerms: readonly SubCategoryTerm[],
): Where {
  const vocabulary = terms[0]!.vocabulary
  if (vocabulary === VOCABULARIES.requirement) {
    return { or: terms.map((term) => ({ [REQUIREMENT_FIELDS[term.code]!]: { equals: true } })) }
  }
  // The national terms are not stored: a listing carries one through its own terms.
  if (vocabulary === VOCABULARIES.esdServiceType) {
    const carriers = terms.map((term) => localCodesOfServiceType(term.code, subCategoryTerms))
    const categories = [...new Set(carriers.flatMap((c) => c.categories))]
    const subCategories = [...new Set(carriers.flatMap((c) => c.subCategories))]
    // An esd term no category or sub-category carries (officers map sub-categories) matches
    // nothing: every listing has a slug.
    if (categories.length === 0 && subCategories.length === 0) return { slug: { equals: '' } }
    return {
      or: [
        ...(categories.length > 0 ? [{ category: { in: categories } }] : []),
        ...(subCategories.length > 0 ? [{ subCategories: { in: subCategories } }] : []),
      ],
    }
  }
  if (vocabulary === VOCABULARIES.esdNeed) {
    const areas = [...new Set(terms.flatMap((term) => areasOfEsdNeed(term.code)))]
    return { areasOfNeed: { in: areas } }
  }
  return { [TERM_FIELDS[vocabulary]]: { in: terms.map((term) => term.code) } }
}

const termsOf = (vocabulary: VocabularyName, known: readonly VocabularyTerm[]) =>
  known.filter((term) => term.vocabulary === vocabulary)

const VOCABULARY_NAMES: readonly string[] = Object.values(VOCABULARIES)
const isVocabularyName = (name: string): name is VocabularyName => VOCABULARY_NAMES.includes(name)

/**
 * The vocabulary named by `taxonomy_id` (its id: null when it is not one of the feed's) and by
 * `vocabulary` (its name: an unknown name is refused).
 */
export function vocabularyOf(filters: Pick<ServiceFilters, 'taxonomyId' | 'vocabulary'>) {
  const { vocabulary } = filters
  if (vocabulary !== undefined && !isVocabularyName(vocabulary)) {
    throw badQuery(
      `"vocabulary" must be one of ${VOCABULARY_NAMES.join(', ')}, not "${vocabulary}".`,
    )
  }
  const byId = filters.taxonomyId
    ? (Object.values(VOCABULARIES).find((name) => taxonomyId(name) === filters.taxonomyId) ?? null)
    : undefined
  return { byId, byName: vocabulary }
}

/** Whether the filters name a vocabulary or a term (only then does `serviceWhere` read them). */
export const filtersUseTerms = (filters: ServiceFilters): boolean =>
  Boolean(filters.taxonomyId || filters.taxonomyTermId || filters.vocabulary)

/** For filters that name no vocabulary or term: `serviceWhere` needs none of the council's. */
export const NO_COUNCIL_TERMS: FeedVocabularies = {
  localities: [],
  subCategories: [],
  venueFeatures: [],
  languages: [],
}

/**
 * The `where` of the filters, or null when nothing can match (a taxonomy or term id that is
 * not one of the feed's: an id from another feed is a fair question with no answer).
 */
export function serviceWhere(
  filters: ServiceFilters,
  /** The council's own vocabularies (localities, sub-categories, venue features): data. */
  vocabularies: FeedVocabularies,
): Where | null {
  const known = [...vocabularyTerms, ...councilTerms(vocabularies)]
  const conditions: Where[] = [LIVE_LISTING]
  if (filters.search) {
    conditions.push({
      or: [{ name: { like: filters.search } }, { summary: { like: filters.search } }],
    })
  }
  const { byId, byName } = vocabularyOf(filters)
  if (byId === null) return null
  for (const vocabulary of [byId, byName]) {
    if (vocabulary)
      conditions.push(withAnyTerm(termsOf(vocabulary, known), vocabularies.subCategories))
  }
  if (filters.taxonomyTermId) {
    const term = known.find(
      (candidate) =>
        vocabularyTermId(candidate.vocabulary, candidate.code) === filters.taxonomyTermId,
    )
    if (!term) return null
    conditions.push(withAnyTerm([term], vocabularies.subCategories))
  }
  if (filters.organizationId) {
    conditions.push({ 'organisation.openReferralId': { equals: filters.organizationId } })
  }
  if (filters.minimumAge !== undefined) {
    conditions.push({ 'ageRange.minimum': { greater_than_equal: filters.minimumAge } })
  }
  if (filters.maximumAge !== undefined) {
    conditions.push({ 'ageRange.maximum': { less_than_equal: filters.maximumAge } })
  }
  if (filters.modifiedAfter) {
    conditions.push({ updatedAt: { greater_than_equal: filters.modifiedAfter.toISOString() } })
  }
  if (filters.day) conditions.push({ 'openingTimes.days': { in: [filters.day] } })
  if (filters.startTime) {
    conditions.push({ 'openingTimes.opens': { greater_than_equal: filters.startTime } })
  }
  if (filters.endTime) {
    conditions.push({ 'openingTimes.closes': { less_than_equal: filters.endTime } })
  }
  return { and: conditions }
}
