import type { Payload } from 'payload'

import { firstDayKept } from './searchMissRetention'
import { SEARCH_MISSES_SLUG } from './SearchMisses'

export interface SearchMissTotal {
  term: string
  locale: string
  count: number
  /** How many different days the words were searched for. */
  days: number
}

/** Most-searched first, then alphabetical, so the list reads the same from one visit to the next. */
export function totalSearchMisses(
  rows: readonly { term: string; locale: string; count: number }[],
): SearchMissTotal[] {
  const totals = new Map<string, SearchMissTotal>()
  for (const row of rows) {
    const key = `${row.locale}\u0000${row.term}`
    const total = totals.get(key) ?? { term: row.term, locale: row.locale, count: 0, days: 0 }
    total.count += row.count
    total.days += 1
    totals.set(key, total)
  }
  return [...totals.values()].sort(
    (a, b) => b.count - a.count || a.term.localeCompare(b.term) || a.locale.localeCompare(b.locale),
  )
}

/** The counts kept (the last 12 months), added up per words and language. */
export async function searchMissTotals(payload: Payload, now = new Date()) {
  const { docs } = await payload.find({
    collection: SEARCH_MISSES_SLUG,
    where: { day: { greater_than_equal: firstDayKept(now) } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return totalSearchMisses(docs)
}

/**
 * The "couldn't find what you need" comments: those sent about "This website: finding and reading
 * information" (topic `website`), in the same 12 months as the search counts. The comment form has
 * no separate topic for it; this is the one families choose for it (docs/local-offer-gaps.md).
 */
export async function couldNotFindComments(payload: Payload, now = new Date()): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: {
      and: [
        { topic: { equals: 'website' } },
        { createdAt: { greater_than_equal: `${firstDayKept(now)}T00:00:00.000Z` } },
      ],
    },
  })
  return totalDocs
}
