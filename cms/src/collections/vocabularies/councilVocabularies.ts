import {
  isCategoryValue,
  type CouncilVocabularies,
  type LocalisedText,
  type ManagedTerm,
} from '@local-offer/shared'
import type { Payload, PayloadRequest } from 'payload'

/** A stored label in every language as a term's label (English always present). */
function labelOf(label: unknown, key: string): LocalisedText {
  const all = (label && typeof label === 'object' ? label : {}) as Record<string, unknown>
  const texts = Object.fromEntries(
    Object.entries(all).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  )
  return { ...texts, en: texts.en ?? key }
}

type Stored = { key?: string | null; label?: unknown; category?: unknown; code?: unknown }

async function read(
  payload: Payload,
  collection: 'sub-categories' | 'venue-features' | 'service-languages',
  req?: PayloadRequest,
): Promise<Stored[]> {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    sort: ['order', 'key'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return (docs as Stored[]).filter((doc) => typeof doc.key === 'string' && doc.key !== '')
}

const term = (doc: Stored): ManagedTerm => ({
  value: doc.key as string,
  label: labelOf(doc.label, doc.key as string),
})

/**
 * The council's sub-categories, venue accessibility features and languages (issue 12 item 2), in
 * display order with their labels in every language: what the CMS's spreadsheets, importer and
 * Open Referral API are given. `req`, when given, keeps the read in its transaction; the locale
 * is "all", so a `req` in another language reads the same.
 */
export async function readCouncilVocabularies(
  payload: Payload,
  req?: PayloadRequest,
): Promise<CouncilVocabularies> {
  const [subCategories, venueFeatures, languages] = await Promise.all([
    read(payload, 'sub-categories', req),
    read(payload, 'venue-features', req),
    read(payload, 'service-languages', req),
  ])
  return {
    subCategories: subCategories.flatMap((doc) =>
      isCategoryValue(doc.category)
        ? [
            {
              ...term(doc),
              category: doc.category,
              esdServiceTypes: Array.isArray((doc as { esdServiceTypes?: unknown }).esdServiceTypes)
                ? ((doc as { esdServiceTypes: unknown[] }).esdServiceTypes.map(String) as string[])
                : [],
            },
          ]
        : [],
    ),
    venueFeatures: venueFeatures.map(term),
    languages: languages.map((doc) => ({
      ...term(doc),
      code: typeof doc.code === 'string' && doc.code !== '' ? doc.code : (doc.key as string),
    })),
  }
}
