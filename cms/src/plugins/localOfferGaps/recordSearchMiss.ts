import type { Payload, Where } from 'payload'

import { formatInEngland } from '../../format/formatInEngland'
import type { SearchMissInput } from './searchTerm'
import { SEARCH_MISSES_SLUG } from './SearchMisses'

/** The day in England a moment falls on, as the counts keep it (YYYY-MM-DD). */
export const dayInEngland = (moment: Date): string => formatInEngland(moment, 'yyyy-MM-dd')

/**
 * Adds one to the day's count for the words in that language (a new row for the first). Callers
 * run it one at a time per process; two CMS instances creating the same row at once meet the
 * unique index, and the loser adds to the winner's row instead.
 */
export async function recordSearchMiss(
  payload: Payload,
  miss: SearchMissInput,
  now: Date = new Date(),
): Promise<void> {
  const day = dayInEngland(now)
  const where: Where = {
    and: [
      { term: { equals: miss.term } },
      { locale: { equals: miss.locale } },
      { day: { equals: day } },
    ],
  }
  const addOne = async (): Promise<boolean> => {
    const { docs } = await payload.find({
      collection: SEARCH_MISSES_SLUG,
      where,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const row = docs[0]
    if (!row) return false
    await payload.update({
      collection: SEARCH_MISSES_SLUG,
      id: row.id,
      data: { count: (row.count ?? 0) + 1 },
      depth: 0,
    })
    return true
  }
  if (await addOne()) return
  try {
    await payload.create({
      collection: SEARCH_MISSES_SLUG,
      data: { term: miss.term, locale: miss.locale, day, count: 1 },
      depth: 0,
    })
  } catch (error) {
    if (!(await addOne())) throw error
  }
}
