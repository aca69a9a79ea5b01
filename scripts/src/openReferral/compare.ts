/**
 * Whether the CMS already holds what an import would write: the stored document is read in
 * English and compared field by field with the import's data, ignoring what storage adds (row
 * ids, nulls for empty fields). Rich text is compared as plain text, the only form a feed has,
 * so a description formatted in the CMS is not flattened by an import that says the same.
 */
import { lexicalToPlainText } from '@local-offer/shared/openReferral'

/** A value with nulls, empty text, empty lists and row ids left out, for comparison. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, canonical(inner)] as const)
      .filter(([, inner]) => !isEmpty(inner))
      .sort(([a], [b]) => a.localeCompare(b))
    return Object.fromEntries(entries)
  }
  return typeof value === 'string' ? value.trim() : value
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The stored value cut to the shape the import writes: fields the feed does not carry (a venue's
 * coordinates and place warning, which the CMS works out from the postcode; the purpose a provider
 * chose for the online link) are not the import's to change, and Payload keeps them on update, so
 * they must not make a listing look changed.
 */
export function asImportWrites(stored: unknown, incoming: unknown): unknown {
  if (Array.isArray(stored) && Array.isArray(incoming)) {
    return stored.map((row, index) =>
      index < incoming.length ? asImportWrites(row, incoming[index]) : row,
    )
  }
  if (isRecord(stored) && isRecord(incoming)) {
    return Object.fromEntries(
      Object.keys(incoming).map((key) => [key, asImportWrites(stored[key], incoming[key])]),
    )
  }
  return stored
}

const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : value)

/** The fields of `incoming` whose stored value differs (all of them for a new document). */
export function changedFields(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): string[] {
  return Object.keys(incoming).filter((key) => {
    if (!stored) return true
    let a = incoming[key]
    let b = key === 'description' ? stored[key] : asImportWrites(stored[key], a)
    if (key === 'description' && typeof a === 'object') {
      a = lexicalToPlainText(a)
      b = lexicalToPlainText(b)
    }
    if (key === 'lastReviewed') {
      a = day(a)
      b = day(b)
    }
    return JSON.stringify(canonical(a)) !== JSON.stringify(canonical(b))
  })
}
