/**
 * A term listings use keeps its key and cannot be removed (issue 12 item 2): listings store the
 * key, and the site's filter addresses and the Open Referral feed are built from it. The refusal
 * names how many listings use the term, so the officer knows what to change first. Localities
 * and the vocabularies (sub-categories, venue features, languages) share these hooks.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

export interface KeyInUseOptions {
  /** The collection whose documents are the terms. */
  collection: CollectionSlug
  /** The field holding the key listings store. */
  keyField: string
  /** The term in words, for the messages: "locality", "sub-category". */
  noun: string
  /** Which listings use the key. */
  listingsWhere: (key: string) => Where
  /** What to do before the term can go: "Move them to another sub-category first." */
  moveFirst: string
}

export const listingsCount = (count: number): string =>
  count === 1 ? '1 listing uses' : `${count} listings use`

/**
 * How many listings use a key, counting a listing once whether its published version, its
 * draft, or both use it: a draft on top of a published listing is kept in the versions table,
 * and publishing it later would bring the key back.
 */
export async function listingsUsing(req: PayloadRequest, where: Where): Promise<number> {
  const ids = new Set<number | string>()
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: 'services',
      where,
      draft,
      select: { name: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) ids.add(doc.id)
  }
  return ids.size
}

export function keyInUseHooks(options: KeyInUseOptions): {
  keepKeyWhileInUse: CollectionBeforeChangeHook
  refuseDeleteWhileInUse: CollectionBeforeDeleteHook
} {
  const { collection, keyField, noun, listingsWhere, moveFirst } = options
  const keyOf = (doc: unknown): string | undefined => {
    const key = (doc as Record<string, unknown> | undefined)?.[keyField]
    return typeof key === 'string' && key !== '' ? key : undefined
  }
  return {
    refuseDeleteWhileInUse: async ({ req, id }) => {
      const term = await req.payload.findByID({
        collection,
        id,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const key = keyOf(term)
      const count = key ? await listingsUsing(req, listingsWhere(key)) : 0
      if (count > 0) {
        throw new APIError(
          `This ${noun} cannot be deleted: ${listingsCount(count)} it. ${moveFirst}`,
          409,
          null,
          true,
        )
      }
    },
    keepKeyWhileInUse: async ({ data, originalDoc, operation, req }) => {
      const before = keyOf(originalDoc)
      const after = (data as Record<string, unknown>)[keyField]
      if (operation !== 'update' || !before || after === undefined || after === before) {
        return data
      }
      const count = await listingsUsing(req, listingsWhere(before))
      if (count > 0) {
        throw new APIError(
          `The key “${before}” cannot change: ${listingsCount(count)} this ${noun}, and web addresses use the key.`,
          409,
          null,
          true,
        )
      }
      return data
    },
  }
}
