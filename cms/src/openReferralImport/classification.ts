/**
 * An officer's classification of an Open Referral record the importer held for sorting: the
 * Local Offer terms the record's own terms did not give (category, sub-categories, areas of
 * need, access routes, cost, organisation type; a venue's locality comes from its postcode). It is applied by
 * writing those terms into the record as Local Offer attributes, exactly as a publisher that
 * uses our vocabularies would, so the listing is made by the importer's own mapping (toCmsData)
 * and is the same as an import would make. The importer applies it again when the feed is
 * imported later, so a record sorted once stays sorted.
 */
import {
  NATIONAL_VOCABULARIES,
  VOCABULARIES,
  attributesFor,
  identifyVocabularyTerm,
  vocabularyTerms,
  type OpenReferralAttribute,
  type OpenReferralService,
  type VocabularyName,
} from '@local-offer/shared/openReferral'
import { z } from 'zod'

import { currentOwnTerms, findTerm } from '../collections/vocabularies/vocabularyContext'
import { mapForeignTerms, readAttributes } from './toCmsData'
import { describeTerm, type VocabularyMapping } from './vocabularyMapping'

/** What an officer chooses for each part of the classification, and from which vocabulary. */
export const CLASSIFICATION_VOCABULARIES = {
  category: VOCABULARIES.category,
  subCategories: VOCABULARIES.subCategory,
  areasOfNeed: VOCABULARIES.areaOfNeed,
  accessRoutes: VOCABULARIES.accessRoute,
  cost: VOCABULARIES.cost,
  organisationType: VOCABULARIES.organisationType,
} as const satisfies Record<string, VocabularyName>

/** The choices of one vocabulary, as the officer's form lists them. */
export function choicesOf(vocabulary: VocabularyName) {
  return [...vocabularyTerms, ...currentOwnTerms()]
    .filter((term) => term.vocabulary === vocabulary)
    .map((term) => ({ value: term.code, label: term.label, parent: term.parentCode }))
}

const termOf = (vocabulary: VocabularyName, what: string) =>
  z.string().refine((code) => findTerm(vocabulary, code) !== undefined, {
    message: `choose ${what} from the list`,
  })

export const classificationSchema = z
  .object({
    category: termOf(VOCABULARIES.category, 'a category'),
    subCategories: z.array(termOf(VOCABULARIES.subCategory, 'sub-categories')).default([]),
    areasOfNeed: z.array(termOf(VOCABULARIES.areaOfNeed, 'areas of need')).default([]),
    accessRoutes: z.array(termOf(VOCABULARIES.accessRoute, 'how families get it')).default([]),
    cost: termOf(VOCABULARIES.cost, 'the cost').optional(),
    organisationType: termOf(VOCABULARIES.organisationType, 'the organisation type').optional(),
  })
  .superRefine((value, ctx) => {
    for (const sub of value.subCategories) {
      const parent = findTerm(VOCABULARIES.subCategory, sub)?.parentCode
      if (parent !== value.category) {
        ctx.addIssue({
          code: 'custom',
          path: ['subCategories'],
          message: `the sub-category "${sub}" is not in the category "${value.category}"`,
        })
      }
    }
  })

export type Classification = z.infer<typeof classificationSchema>

/** The officer's classification, or every mistake in it in plain words. */
export function readClassification(
  value: unknown,
): { ok: true; classification: Classification } | { ok: false; reasons: string[] } {
  const parsed = classificationSchema.safeParse(value)
  if (parsed.success) return { ok: true, classification: parsed.data }
  return {
    ok: false,
    reasons: parsed.error.issues.map((issue) => {
      const field = issue.path[0]
      return typeof field === 'string' ? `${field}: ${issue.message}` : issue.message
    }),
  }
}

/** Attributes of other vocabularies kept, the Local Offer vocabulary's replaced by `codes`. */
function replaceTerms(
  attributes: readonly OpenReferralAttribute[] | null | undefined,
  linkId: string,
  vocabulary: VocabularyName,
  codes: readonly string[],
): OpenReferralAttribute[] {
  const others = (attributes ?? []).filter((attribute) => {
    const term = identifyVocabularyTerm(
      attribute.taxonomy_term ?? { id: attribute.taxonomy_term_id },
      currentOwnTerms(),
    )
    return term?.vocabulary !== vocabulary
  })
  return [...others, ...attributesFor(linkId, [[vocabulary, codes]], currentOwnTerms())]
}

/** The record with the officer's classification written into it as Local Offer terms. */
export function withClassification(
  record: OpenReferralService,
  classification: Classification,
): OpenReferralService {
  let attributes = record.attributes
  const service: Array<[VocabularyName, readonly string[]]> = [
    [VOCABULARIES.category, [classification.category]],
    [VOCABULARIES.subCategory, classification.subCategories],
    [VOCABULARIES.areaOfNeed, classification.areasOfNeed],
    [VOCABULARIES.accessRoute, classification.accessRoutes],
    ...(classification.cost
      ? [[VOCABULARIES.cost, [classification.cost]] as [VocabularyName, string[]]]
      : []),
  ]
  for (const [vocabulary, codes] of service) {
    attributes = replaceTerms(attributes, record.id, vocabulary, codes)
  }
  const organization = classification.organisationType
    ? {
        ...record.organization,
        attributes: replaceTerms(
          record.organization.attributes,
          record.organization.id,
          VOCABULARIES.organisationType,
          [classification.organisationType],
        ),
      }
    : record.organization
  return { ...record, attributes, organization }
}

/**
 * What the record says already (its own Local Offer terms) and what the mapping file suggests
 * for its other terms: the officer's form starts from it, so only what is missing is asked.
 */
export function suggestedClassification(
  record: OpenReferralService,
  mapping?: VocabularyMapping,
): Partial<Classification> {
  const own = readAttributes(record.attributes)
  const mapped = mapForeignTerms(own.foreign, mapping)
  const [category] = own.get(VOCABULARIES.category).length
    ? own.get(VOCABULARIES.category)
    : mapped.categories.length === 1
      ? mapped.categories
      : []
  const [organisationType] = readAttributes(record.organization.attributes).get(
    VOCABULARIES.organisationType,
  )
  const [cost] = own.get(VOCABULARIES.cost)
  return {
    ...(category ? { category } : {}),
    subCategories: [...own.get(VOCABULARIES.subCategory), ...mapped.subCategories].filter(
      (sub) => findTerm(VOCABULARIES.subCategory, sub)?.parentCode === category,
    ),
    areasOfNeed: [...new Set([...own.get(VOCABULARIES.areaOfNeed), ...mapped.areasOfNeed])],
    accessRoutes: own.get(VOCABULARIES.accessRoute),
    ...(cost ? { cost } : {}),
    ...(organisationType ? { organisationType } : {}),
  }
}

/**
 * The record's terms from vocabularies other than the Local Offer's own (another publisher's,
 * or the national esd lists), named as the mapping file keys them, for the officer to read.
 */
export function foreignTermsOf(record: OpenReferralService): string[] {
  const all = [
    ...(record.attributes ?? []),
    ...(record.organization.attributes ?? []),
    ...(record.service_at_locations ?? []).flatMap(({ location }) => location.attributes ?? []),
  ]
  const names = all.flatMap((attribute) => {
    const term = identifyVocabularyTerm(
      attribute.taxonomy_term ?? { id: attribute.taxonomy_term_id },
      currentOwnTerms(),
    )
    if (term && !NATIONAL_VOCABULARIES.includes(term.vocabulary)) return []
    return [describeTerm(attribute.taxonomy_term, attribute.taxonomy_term_id)]
  })
  return [...new Set(names)]
}
