import { categories, isCategoryValue, labelFor } from '@local-offer/shared'
import type { PayloadRequest, TextField, TextFieldManyValidation, Where } from 'payload'

import { sharedRead, sharesReads } from '../../db/sharedReads'

/** The vocabulary collection behind each listing field that stores its keys. */
export const VOCABULARY_OF = {
  subCategories: 'sub-categories',
  languages: 'service-languages',
  venueFeatures: 'venue-features',
} as const

type VocabularySlug = (typeof VOCABULARY_OF)[keyof typeof VOCABULARY_OF]

const NOUNS: Record<VocabularySlug, { one: string; many: string }> = {
  'sub-categories': { one: 'sub-category', many: 'sub-categories' },
  'service-languages': { one: 'language', many: 'languages' },
  'venue-features': { one: 'venue accessibility feature', many: 'venue accessibility features' },
}

interface KnownTerm {
  key: string
  category?: string | null
}

/** The terms of a vocabulary with these keys (the others are unknown). */
async function knownTerms(
  req: PayloadRequest,
  collection: VocabularySlug,
  keys: readonly string[],
): Promise<Map<string, KnownTerm>> {
  const read = (where: Where) =>
    req.payload.find({
      collection,
      where,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      // No `locale`: with `req`, it would switch the save's own language.
      req,
    })
  const toTerms = ({ docs }: { docs: unknown[] }) =>
    new Map(
      docs.map((doc) => {
        const term = doc as { key?: string | null; category?: string | null }
        return [term.key ?? '', { key: term.key ?? '', category: term.category }] as const
      }),
    )
  if (!sharesReads(req)) return toTerms(await read({ key: { in: [...keys] } }))
  // A bulk load reads the whole vocabulary once for all its listings.
  const all = await sharedRead(req, `vocabulary:${collection}`, async () => toTerms(await read({})))
  return new Map(
    keys.flatMap((key) => {
      const term = all.get(key)
      return term ? [[key, term] as const] : []
    }),
  )
}

const quoted = (keys: readonly string[]) => keys.map((key) => `“${key}”`).join(', ')

/**
 * Keys a listing stores must be terms of the vocabulary (officers add terms; a provider only
 * picks them). For sub-categories, each must also belong to the listing's category.
 */
export async function validateTerms(
  collection: VocabularySlug,
  value: unknown,
  req: PayloadRequest,
  category?: unknown,
): Promise<true | string> {
  if (value === undefined || value === null) return true
  const noun = NOUNS[collection]
  if (!Array.isArray(value) || value.some((key) => typeof key !== 'string')) {
    return `Choose ${noun.many} from the list`
  }
  const keys = [...new Set(value as string[])]
  if (keys.length === 0) return true
  const known = await knownTerms(req, collection, keys)
  const unknown = keys.filter((key) => !known.has(key))
  if (unknown.length > 0) {
    return `${quoted(unknown)} ${unknown.length === 1 ? `is not a ${noun.one}` : `are not ${noun.many}`}. Choose from the list; an officer can add a ${noun.one} under Vocabularies.`
  }
  if (collection === 'sub-categories' && isCategoryValue(category)) {
    const label = labelFor(categories, category) ?? category
    const strays = keys.filter((key) => known.get(key)?.category !== category)
    if (strays.length > 0) {
      return `${quoted(strays)} ${strays.length === 1 ? 'does' : 'do'} not belong to the category ${label}. Choose a sub-category of ${label}, or change the category`
    }
  }
  return true
}

/**
 * A listing field holding keys of a vocabulary: stored as text (so the listings, the site, the
 * Open Referral mapping, spreadsheets and search keep the same values), validated against the
 * collection, and edited in the admin with a picker of the collection's terms.
 */
export function vocabularyField(
  name: keyof typeof VOCABULARY_OF,
  field: { label?: string; description?: string; width?: string },
): TextField {
  const collection = VOCABULARY_OF[name]
  return {
    name,
    ...(field.label ? { label: field.label } : {}),
    type: 'text',
    hasMany: true,
    // The in-use counts and the Open Referral API's filters look listings up by key.
    index: true,
    validate: (async (value, { req, data }) =>
      validateTerms(
        collection,
        value,
        req,
        (data as { category?: unknown } | undefined)?.category,
      )) satisfies TextFieldManyValidation,
    admin: {
      ...(field.description ? { description: field.description } : {}),
      ...(field.width ? { width: field.width } : {}),
      components: {
        Field: {
          path: '/collections/vocabularies/components/VocabularyPicker#VocabularyPicker',
          clientProps: { collection, byCategory: collection === 'sub-categories' },
        },
      },
    },
  }
}
