/**
 * The shortlist as a list of listing slugs: read from and written to the browser's storage
 * (never sent anywhere), and read from a shared link (`/shortlist/?ids=a,b`). Anything that is
 * not a slug is dropped, so a tampered link or a damaged stored value never breaks the page.
 * No DOM here; the page scripts use it and the tests check it.
 */
export const SHORTLIST_STORAGE_KEY = 'local-offer:shortlist'
/** More than a family would keep; it also keeps a shared link short enough for any mail app. */
export const SHORTLIST_MAX = 30

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/

/** Unique valid slugs, in their first order, at most `max`. */
export function cleanIds(values: readonly unknown[], max = SHORTLIST_MAX): string[] {
  const seen = new Set<string>()
  for (const value of values) {
    if (typeof value !== 'string') continue
    const slug = value.trim().toLowerCase()
    if (SLUG.test(slug)) seen.add(slug)
    if (seen.size >= max) break
  }
  return [...seen]
}

/** The ids in a query string: `ids=a,b` and `ids=a&ids=b` both work (a form sends the second). */
export function idsFromSearch(search: string, max = SHORTLIST_MAX): string[] {
  const params = new URLSearchParams(search)
  return cleanIds(
    params.getAll('ids').flatMap((value) => value.split(',')),
    max,
  )
}

/** The stored shortlist; an empty list when nothing (or nothing readable) is stored. */
export function parseStored(stored: string | null): string[] {
  if (!stored) return []
  try {
    const value: unknown = JSON.parse(stored)
    return Array.isArray(value) ? cleanIds(value) : []
  } catch {
    return []
  }
}

/** The storage, or undefined where the browser refuses it (private modes, blocked cookies). */
function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function readShortlist(): string[] {
  return parseStored(storage()?.getItem(SHORTLIST_STORAGE_KEY) ?? null)
}

/** Saves the list; false when the browser would not keep it. */
export function writeShortlist(ids: readonly string[]): boolean {
  try {
    storage()?.setItem(SHORTLIST_STORAGE_KEY, JSON.stringify(cleanIds(ids)))
    return storage() !== undefined
  } catch {
    return false
  }
}

/** The share link for a list, relative to the site: `/shortlist/?ids=a,b`. */
export function shareSearch(ids: readonly string[]): string {
  return ids.length > 0 ? `?ids=${ids.join(',')}` : ''
}
