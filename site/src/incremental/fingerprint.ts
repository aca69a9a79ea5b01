/** A short, stable fingerprint of a value or of some bytes (sha256, hex). */
import { createHash, type Hash } from 'node:crypto'

export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)
}

export function fingerprintHash(): Hash {
  return createHash('sha256')
}

const objectFingerprints = new WeakMap<object, string>()

/**
 * An object's fingerprint, kept for the object: a listing fingerprinted for its search index part
 * is not serialised again for its pages' props.
 */
export function objectFingerprint(value: object): string {
  let known = objectFingerprints.get(value)
  if (known === undefined) {
    known = fingerprintOf(value)
    objectFingerprints.set(value, known)
  }
  return known
}

/**
 * The fingerprint of a route's props: each object prop's own fingerprint is kept for the object,
 * so a listing passed to six pages (two routes, three languages) is serialised once.
 */
export function propsFingerprint(props: object): string {
  const parts = Object.entries(props)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => {
      if (typeof value !== 'object' || value === null) return [key, JSON.stringify(value)]
      return [key, objectFingerprint(value as object)]
    })
  return fingerprintOf(parts)
}
