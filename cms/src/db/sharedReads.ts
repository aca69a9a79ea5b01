import type { PayloadRequest } from 'payload'

/**
 * Reads that the saves of one long piece of work (a bulk load of thousands of listings) may share:
 * the vocabularies, the localities and the review settings every listing's hooks read, which do
 * not change while listings are written. Inside `withSharedReads(req, …)`, `sharedRead(req, key,
 * read)` reads once and hands every later save the same answer; anywhere else it simply reads,
 * so an officer's save always sees the latest terms.
 */
const SHARED = Symbol('sharedReads')

type WithShared = { [SHARED]?: Map<string, Promise<unknown>> }

export async function withSharedReads<T>(
  req: Partial<PayloadRequest>,
  work: () => Promise<T>,
): Promise<T> {
  const holder = req as WithShared
  const outer = holder[SHARED]
  holder[SHARED] = outer ?? new Map()
  try {
    return await work()
  } finally {
    if (outer) holder[SHARED] = outer
    else delete holder[SHARED]
  }
}

/** Whether reads are shared here (inside `withSharedReads`). */
export const sharesReads = (req: Partial<PayloadRequest> | undefined): boolean =>
  Boolean((req as WithShared | undefined)?.[SHARED])

export function sharedRead<T>(
  req: Partial<PayloadRequest> | undefined,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const shared = (req as WithShared | undefined)?.[SHARED]
  if (!shared) return read()
  const found = shared.get(key) as Promise<T> | undefined
  if (found) return found
  const reading = read()
  shared.set(key, reading)
  // A failed read is not kept: the next save reads again (and fails with its own error).
  reading.catch(() => shared.delete(key))
  return reading
}

/**
 * Tells the later reads of this piece of work an answer it already knows, such as the id of a
 * version it has just written, so nothing reads it back. Outside `withSharedReads`, does nothing.
 */
export function shareAnswer<T>(req: Partial<PayloadRequest> | undefined, key: string, value: T) {
  ;(req as WithShared | undefined)?.[SHARED]?.set(key, Promise.resolve(value))
}

/** The answer this piece of work already has for `key`, if any; reads nothing. */
export function knownAnswer<T>(
  req: Partial<PayloadRequest> | undefined,
  key: string,
): Promise<T> | undefined {
  return (req as WithShared | undefined)?.[SHARED]?.get(key) as Promise<T> | undefined
}
