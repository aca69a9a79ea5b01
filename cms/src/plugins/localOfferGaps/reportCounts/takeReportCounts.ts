import type { CollectionBeforeChangeHook } from 'payload'

import type { GapListing } from '../dimensions'
import { gapListings } from '../gapListings'
import { gapTable } from '../gapTable'
import { gapCountsOf } from './gapCounts'
import { applySnapshotRule, needsCounting, type ReportCountsRow } from './snapshotRule'

interface WithCounts {
  localOfferCounts?: ReportCountsRow[] | null
}

/**
 * Takes the counts of a report's "Local Offer in numbers" rows that need them (the snapshot
 * rule), from the same published, current listings as the gaps view, at the moment of the save.
 * A save that leaves the rows out (a partial update) keeps them as they are.
 */
export const takeReportCounts: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const incoming = (data as WithCounts).localOfferCounts
  if (!incoming) return data
  const previous = (originalDoc as WithCounts | undefined)?.localOfferCounts ?? []
  let listings: GapListing[] = []
  if (needsCounting(incoming, previous)) listings = await gapListings(req.payload, req)
  const takenAt = new Date().toISOString()
  return {
    ...data,
    localOfferCounts: applySnapshotRule(incoming, previous, (cut) => ({
      takenAt,
      counts: gapCountsOf(gapTable(listings, { ...cut, filters: {} })),
    })),
  }
}
