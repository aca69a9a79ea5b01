/**
 * The council's own vocabularies as the live API maps them (localities, sub-categories, venue
 * features, languages), read once and kept while they are unchanged. Reading them whole, every
 * label in every language, was about 12 ms of each answer; asking each collection how many terms
 * it has and when one last changed is a fraction of that. The answer is kept per Payload instance
 * and checked against the database on every request, so an officer's change to a term is used by
 * the next request on every CMS instance.
 */
import type { FeedVocabularies, LocalityName } from '@local-offer/shared/openReferral'
import type { Payload } from 'payload'

import { readCouncilVocabularies } from '../../collections/vocabularies/councilVocabularies'
import { jsonHash } from './jsonHash'

/** The vocabularies, and a key that changes whenever they do (part of a stored document's key). */
export interface KeyedVocabularies {
  vocabularies: FeedVocabularies
  key: string
}

const VOCABULARY_COLLECTIONS = [
  'localities',
  'sub-categories',
  'venue-features',
  'service-languages',
] as const

/** The council's localities, with their English names: the feed's service areas and terms. */
async function feedLocalities(payload: Payload): Promise<LocalityName[]> {
  const { docs } = await payload.find({
    collection: 'localities',
    select: { slug: true, name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    locale: 'en',
  })
  return docs.flatMap((doc) => (doc.slug ? [{ key: doc.slug, name: doc.name ?? doc.slug }] : []))
}

async function readVocabularies(payload: Payload): Promise<FeedVocabularies> {
  const [localities, vocabularies] = await Promise.all([
    feedLocalities(payload),
    readCouncilVocabularies(payload),
  ])
  return { ...vocabularies, localities }
}

/**
 * How many terms each collection has and when one last changed: a deletion or a save moves it.
 * One query a collection (a council has tens of terms, not thousands: their times are tiny).
 */
async function stampOf(payload: Payload): Promise<string> {
  const latest = await Promise.all(
    VOCABULARY_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true },
      })
      const last = docs.reduce((max, doc) => (doc.updatedAt > max ? doc.updatedAt : max), '')
      return `${docs.length}@${last}`
    }),
  )
  return latest.join('|')
}

const kept = new WeakMap<Payload, { stamp: string; vocabularies: KeyedVocabularies }>()

export async function feedVocabularies(payload: Payload): Promise<KeyedVocabularies> {
  const stamp = await stampOf(payload)
  const known = kept.get(payload)
  if (known?.stamp === stamp) return known.vocabularies
  const vocabularies = await readVocabularies(payload)
  const keyed = { vocabularies, key: jsonHash(vocabularies) }
  // Kept under the stamp read before the vocabularies: a change in between is read next time.
  kept.set(payload, { stamp, vocabularies: keyed })
  return keyed
}
