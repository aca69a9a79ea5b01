import type { Payload } from 'payload'

/**
 * Whether the council has set up at least one area (a locality in the `localities` collection,
 * which officers manage in the admin), for the setup checklist.
 */
export async function areasAreSetUp(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'localities', overrideAccess: true })
  return totalDocs > 0
}

/** Where officers set up areas in the admin (relative to the admin route). */
export const AREAS_ADMIN_PATH = '/collections/localities'
