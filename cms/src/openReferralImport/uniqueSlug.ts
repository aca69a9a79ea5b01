import { slugify } from '@local-offer/shared'
import type { Payload, PayloadRequest } from 'payload'

/** The first of `base`, `base-2`, `base-3`... that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string | null | undefined>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * A slug no other document of the collection has (drafts included): the name's, or the name's
 * with -2, -3... Two services (or organisations) of the same name with different ids are both
 * kept. Used by the Open Referral importer and when an officer sorts a record it held.
 */
export async function uniqueSlug(
  payload: Payload,
  req: PayloadRequest,
  collection: 'services' | 'organisations',
  name: string,
  /** Slugs given out but not yet written (a batch of new listings written together). */
  alsoTaken: ReadonlySet<string> = new Set(),
): Promise<string> {
  const base = slugify(name) || 'listing'
  const { docs } = await payload.find({
    collection,
    req,
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    ...(collection === 'services' ? { draft: true } : {}),
    select: { slug: true },
    where: { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
  })
  const taken = new Set<string | null | undefined>(alsoTaken)
  for (const doc of docs) taken.add((doc as { slug?: string | null }).slug)
  return firstFreeSlug(base, taken)
}
