import type { CollectionBeforeChangeHook } from 'payload'

import { badRequest } from '../../../endpoints/httpErrors'
import type { Dimensions, GapListing } from '../dimensions'
import { gapDimensionsNow, gapListings } from '../gapListings'
import { gapTable } from '../gapTable'
import { reportCountsStrings } from '../strings'
import { gapCountsOf } from './gapCounts'
import { applySnapshotRule, needsCounting, type ReportCountsRow } from './snapshotRule'

interface WithCounts {
  localOfferCounts?: ReportCountsRow[] | null
}

/**
 * Takes the counts of a report's "Local Offer in numbers" rows that need them (the snapshot
 * rule), from the same published, current listings as the gaps view, at the moment of the save.
 * A save that leaves the rows out (a partial update) keeps them as they are. Rows and columns
 * the same are refused here, not only by the field's validation: drafts are saved unvalidated,
 * and such a table has nothing to compare.
 */
export const takeReportCounts: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const incoming = (data as WithCounts).localOfferCounts
  if (!incoming) return data
  if (incoming.some((row) => row.rows === row.columns))
    throw badRequest(reportCountsStrings.sameDimension)
  const previous = (originalDoc as WithCounts | undefined)?.localOfferCounts ?? []
  let listings: GapListing[] = []
  let dimensions: Dimensions | undefined
  if (needsCounting(incoming, previous)) {
    ;[listings, dimensions] = await Promise.all([
      gapListings(req.payload, req),
      gapDimensionsNow(req.payload, req),
    ])
  }
  const takenAt = new Date().toISOString()
  return {
    ...data,
    localOfferCounts: applySnapshotRule(incoming, previous, (cut) => {
      // needsCounting said some row is counted, so the dimensions were read.
      if (!dimensions) throw new Error('Counting a report row without the dimensions read.')
      return {
        takenAt,
        counts: gapCountsOf(gapTable(listings, { ...cut, filters: {} }, dimensions), dimensions),
      }
    }),
  }
}
