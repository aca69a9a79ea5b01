import { slugify } from '@local-offer/shared'
import type { Payload, PayloadRequest } from 'payload'

type SlugCollection = 'services' | 'organisations'

/** The slug a name starts from: its own, or `listing` when it has nothing to make one of. */
export const slugBase = (name: string): string => slugify(name) || 'listing'

/** The first of `base`, `base-2`, `base-3`... that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string | null | undefined>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * The slugs documents of the collection have (drafts included) that the names' slugs could clash
 * with: each name's base and its numbered forms (`base-2`…), read in one query for all the names
 * (an importer's run of records asks once, not once a record). May hold other slugs too, which
 * never change which slug is free.
 */
export async function takenSlugs(
  payload: Payload,
  req: PayloadRequest,
  collection: SlugCollection,
  names: readonly string[],
): Promise<Set<string | null | undefined>> {
  const bases = [...new Set(names.map(slugBase))]
  if (bases.length === 0) return new Set()
  const { docs } = await payload.find({
    collection,
    req,
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    ...(collection === 'services' ? { draft: true } : {}),
    select: { slug: true },
    where: {
      or: [{ slug: { in: bases } }, ...bases.map((base) => ({ slug: { like: `${base}-` } }))],
    },
  })
  return new Set(docs.map((doc) => (doc as { slug?: string | null }).slug))
}

/**
 * A slug no other document of the collection has (drafts included): the name's, or the name's
 * with -2, -3... Two services (or organisations) of the same name with different ids are both
 * kept. Used by the Open Referral importer and when an officer sorts a record it held.
 */
export async function uniqueSlug(
  payload: Payload,
  req: PayloadRequest,
  collection: SlugCollection,
  name: string,
): Promise<string> {
  return firstFreeSlug(slugBase(name), await takenSlugs(payload, req, collection, [name]))
}
