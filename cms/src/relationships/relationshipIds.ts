/**
 * Ids of relationship values as Payload hands them over: populated documents or bare ids,
 * numeric on the SQL databases and ObjectId strings on MongoDB.
 */

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function relationId(value: unknown): string | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return id
  }
  return undefined
}

/** Ids compare as strings so the same code works for numeric (SQL) and ObjectId (Mongo) ids. */
export function sameId(a: unknown, b: unknown): boolean {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
