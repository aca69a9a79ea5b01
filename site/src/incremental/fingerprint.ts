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
 * The fingerprint of a route's props: each object prop's own fingerprint is kept for the object,
 * so a listing passed to six pages (two routes, three languages) is serialised once.
 */
export function propsFingerprint(props: object): string {
  const parts = Object.entries(props)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => {
      if (typeof value !== 'object' || value === null) return [key, JSON.stringify(value)]
      let known = objectFingerprints.get(value as object)
      if (known === undefined) {
        known = fingerprintOf(value)
        objectFingerprints.set(value as object, known)
      }
      return [key, known]
    })
  return fingerprintOf(parts)
}
