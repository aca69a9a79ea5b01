import type { CollectionSlug, Payload } from 'payload'

/**
 * Creates a document and reads it back on a connection of its own before anyone is told it was
 * saved. Payload 3.90's SQL adapters do not report a COMMIT that fails (their transaction wrapper
 * catches the error and resolves), so when the database goes away at that moment `create`
 * returns a document that was never stored: the outage fault test saw a family thanked for a
 * comment that was lost (test/faults/databaseOutage.test.ts). Reading it back settles it: found,
 * it is stored; not found or unreadable, the caller answers with an error and the family can send
 * it again (at worst stored twice, never lost).
 */
export async function createThenReadBack<Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  create: () => Promise<{ id: number | string }>,
): Promise<void> {
  const created = await create()
  const stored = await payload.findByID({
    collection,
    id: created.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!stored) {
    throw new Error(
      `The new ${collection} document ${created.id} could not be read back: its commit did not reach the database`,
    )
  }
}
