/**
 * The officer's mapping of other publishers' taxonomy terms to the Local Offer's: a JSON file
 * (scripts/data/openreferral-mapping.json by default, another with --mapping) read by the
 * importer (scripts/src/openReferral/mappingFile.ts) and checked here once per import. Terms are keyed `<vocabulary>:<term>`; the LGA's esd lists are recognised
 * however a feed writes them (term URI, singular or plural taxonomy name, CURIE), so one entry
 * covers every publisher. A term the file does not name is never guessed at: the importer holds
 * the record for sorting and names the term.
 */
import { areaOfNeedValues, categories, categoryOfSubCategory } from '@local-offer/shared'
import type { OpenReferralTaxonomyTerm } from '@local-offer/shared/openReferral'
import { z } from 'zod'

import { currentVocabularies } from '../collections/vocabularies/vocabularyContext'

const categoryCodes = categories.map((category) => category.value as string)

const entrySchema = z
  .object({
    label: z.string().optional(),
    category: z.string().optional(),
    subCategories: z.array(z.string()).default([]),
    areasOfNeed: z.array(z.string()).default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.category !== undefined && !categoryCodes.includes(entry.category)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry.category}" is not a Local Offer category (${categoryCodes.join(', ')})`,
      })
    }
    for (const area of entry.areasOfNeed) {
      if (!(areaOfNeedValues as readonly string[]).includes(area)) {
        ctx.addIssue({ code: 'custom', message: `"${area}" is not an area of need` })
      }
    }
    if (!entry.category && entry.areasOfNeed.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'give a category or areas of need' })
    }
  })

const fileSchema = z.object({
  about: z.string().optional(),
  terms: z.record(z.string().min(3), entrySchema),
})

export type MappingEntry = z.infer<typeof entrySchema>

export interface VocabularyMapping {
  /** Where it was read from, for the report. */
  source: string
  entries: ReadonlyMap<string, MappingEntry>
}

export class MappingError extends Error {}

/**
 * The mapping's sub-categories checked against the council's (data officers manage, so only
 * known once the CMS is open): each must exist and be in its entry's category.
 */
export function checkMappingSubCategories(mapping: VocabularyMapping): void {
  const subCategories = currentVocabularies().subCategories
  const problems = [...mapping.entries].flatMap(([key, entry]) =>
    entry.subCategories.flatMap((sub) => {
      const parent = categoryOfSubCategory(subCategories, sub)
      if (!parent) return [`${key}: "${sub}" is not a sub-category`]
      return parent === entry.category
        ? []
        : [
            `${key}: the sub-category "${sub}" belongs to "${parent}", not "${entry.category ?? '(none)'}"`,
          ]
    }),
  )
  if (problems.length > 0) {
    throw new MappingError(
      `The mapping file ${mapping.source} has mistakes: ${problems.join('; ')}`,
    )
  }
}

export function parseVocabularyMapping(raw: unknown, source: string): VocabularyMapping {
  const parsed = fileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new MappingError(
      `The mapping file ${source} has mistakes: ` +
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    )
  }
  const entries = new Map<string, MappingEntry>()
  for (const [key, entry] of Object.entries(parsed.data.terms)) {
    entries.set(normaliseKey(key), entry)
  }
  return { source, entries }
}

const ESD_SERVICE_URI = /^https?:\/\/id\.esd\.org\.uk\/service\/(\d+)\/?$/i
const ESD_NEED_URI = /^https?:\/\/id\.esd\.org\.uk\/need\/(\d+)\/?$/i
const ESD_SERVICE_TAXONOMY = /^esd[\s_-]*service[\s_-]*types?$/i
const ESD_NEED_TAXONOMY = /^esd[\s_-]*needs?$/i

/** `esdServiceType:12` and `esdservicetypes:12` are the same key as `esdServiceTypes:12`. */
function normaliseKey(key: string): string {
  const at = key.indexOf(':')
  const vocabulary = key.slice(0, at)
  const code = key.slice(at + 1)
  if (ESD_SERVICE_TAXONOMY.test(vocabulary)) return `esdServiceTypes:${code}`
  if (ESD_NEED_TAXONOMY.test(vocabulary)) return `esdNeeds:${code}`
  return key
}

/** The code after a CURIE's prefix ("esdServiceType:12" → "12"). */
const afterPrefix = (value: string) => value.replace(/^[a-z][\w-]*:/i, '')

/**
 * The mapping keys a term from any feed may go by: the esd lists' canonical key, and its own
 * `taxonomy:term` and `taxonomy:name`.
 */
export function termKeys(term: OpenReferralTaxonomyTerm): string[] {
  const keys: string[] = []
  const uri = term.term_uri?.trim() ?? ''
  const serviceUri = uri.match(ESD_SERVICE_URI)
  const needUri = uri.match(ESD_NEED_URI)
  if (serviceUri) keys.push(`esdServiceTypes:${serviceUri[1]}`)
  if (needUri) keys.push(`esdNeeds:${needUri[1]}`)
  const taxonomy = term.taxonomy?.trim() ?? ''
  const code = afterPrefix(term.term?.trim() ?? '')
  if (ESD_SERVICE_TAXONOMY.test(taxonomy) && /^\d+$/.test(code)) {
    keys.push(`esdServiceTypes:${code}`)
  }
  if (ESD_NEED_TAXONOMY.test(taxonomy) && /^\d+$/.test(code)) keys.push(`esdNeeds:${code}`)
  if (taxonomy && term.term) keys.push(`${taxonomy}:${term.term.trim()}`)
  if (taxonomy && term.name) keys.push(`${taxonomy}:${term.name.trim()}`)
  return [...new Set(keys)]
}

/** A readable name of a term, for the report. */
export function describeTerm(
  term: OpenReferralTaxonomyTerm | null | undefined,
  id?: string | null,
) {
  if (!term) return id ? `term ${id}` : 'a term without a name'
  const [key] = termKeys(term)
  const name = term.name?.trim()
  return key ? (name && !key.endsWith(name) ? `${key} (${name})` : key) : (name ?? 'a term')
}

/** The mapping's entry for a term, if it names one. */
export function lookUpTerm(
  mapping: VocabularyMapping,
  term: OpenReferralTaxonomyTerm,
): { key: string; entry: MappingEntry } | undefined {
  for (const key of termKeys(term)) {
    const entry = mapping.entries.get(key)
    if (entry) return { key, entry }
  }
  return undefined
}
