import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Updates the one document matching `where` in a single database statement, so two runs racing
 * for the same document cannot both win: the loser gets null. `data` may only hold fields stored
 * on the collection's main table (no arrays, localized or hasMany fields).
 * SQL adapters: UPDATE … WHERE … RETURNING (the adapter's `atomic` option); MongoDB:
 * findOneAndUpdate, which is atomic on its own.
 */
export async function compareAndSet<T>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
): Promise<T | null> {
  const updated = (await payload.db.updateOne({
    collection,
    where,
    data,
    options: { atomic: true },
  })) as T | null | undefined
  return updated ?? null
}
