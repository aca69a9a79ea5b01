import { createHash } from 'node:crypto'

/** A short SHA-256 of a value's JSON: the parts of a stored entry's key (storedDocuments/). */
export const jsonHash = (value: unknown, length = 32): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length)
