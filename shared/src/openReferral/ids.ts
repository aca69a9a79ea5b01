import { v5 as uuidV5, validate as isValidUuid } from 'uuid'

/**
 * The namespace of the Local Offer's derived Open Referral ids (UUID version 5). Never change it:
 * every published id of a location, contact, schedule, attribute or taxonomy term depends on it.
 */
export const LOCAL_OFFER_ID_NAMESPACE = '6f2d3c1e-8a4b-5d7e-9c0f-1a2b3c4d5e6f'

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && isValidUuid(value)
}

/**
 * A stable id for a part of a document (a location, contact, phone, schedule, cost option,
 * language or attribute): the same parent id and key always give the same UUID, so the feed
 * exported again after an import carries the same ids.
 */
export function derivedId(parentId: string, key: string): string {
  return uuidV5(key, parentId.toLowerCase())
}

/**
 * Ids of vocabulary terms and taxonomies, kept once made: there are a few hundred of them, and a
 * page of 50 services asks for each many times (hashing them again was a third of the live API's
 * time for a page).
 */
const vocabularyIds = new Map<string, string>()

function vocabularyId(name: string): string {
  let id = vocabularyIds.get(name)
  if (id === undefined) {
    id = uuidV5(name, LOCAL_OFFER_ID_NAMESPACE)
    vocabularyIds.set(name, id)
  }
  return id
}

/** The id of a term of one of the Local Offer's vocabularies, the same in every feed. */
export function vocabularyTermId(vocabulary: string, code: string): string {
  return vocabularyId(`${vocabulary}/${code}`)
}

/** The id of a vocabulary's Open Referral `taxonomy` document, the same in every feed. */
export function taxonomyId(vocabulary: string): string {
  return vocabularyId(`taxonomy/${vocabulary}`)
}
