/**
 * Keeps a listing's own pages honest about what they are made from. A build reuses them while
 * the listing and the site-wide inputs (siteInputs.ts) are unchanged, which is only right if
 * making them reads nothing else. The middleware makes each item page inside
 * `makingItemPage`; the content reads that are not site-wide (every listing, every information
 * page) call `noteContentRead`, which stops the build if an item page is being made: a template
 * change that starts reading them must pass what it needs as a prop or widen the site-wide
 * inputs, not make incremental builds quietly wrong.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const KEY = Symbol.for('local-offer.itemPageBeingMade')

type WithStorage = typeof globalThis & { [KEY]?: AsyncLocalStorage<string> }

function storage(): AsyncLocalStorage<string> {
  const holder = globalThis as WithStorage
  holder[KEY] ??= new AsyncLocalStorage<string>()
  return holder[KEY]
}

export function makingItemPage<T>(pagePath: string, make: () => Promise<T>): Promise<T> {
  return storage().run(pagePath, make)
}

export class ItemPageReadError extends Error {}

export function noteContentRead(what: string): void {
  const page = storage().getStore()
  if (page === undefined) return
  throw new ItemPageReadError(
    `${page} read ${what} while it was made. A listing's own pages are made from the listing and ` +
      'the site-wide inputs only (site/src/incremental/siteInputs.ts), so that a build can reuse ' +
      'them while those are unchanged: pass what the page needs from getStaticPaths as a prop, ' +
      'or add it to the site-wide inputs.',
  )
}
