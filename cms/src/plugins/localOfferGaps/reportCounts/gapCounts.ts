import { localisedLabelFor } from '@local-offer/shared'
import type { GapCounts } from '@local-offer/shared/gapCounts'

import type { DimensionKey, Dimensions } from '../dimensions'
import type { GapTable } from '../gapTable'

const axis = (
  dimensions: Dimensions,
  key: DimensionKey,
  values: GapTable['rows'],
): GapCounts['rows'] => ({
  dimension: key,
  values: values.map((option) => ({
    value: option.value,
    label: localisedLabelFor(dimensions[key].vocabulary, option.value) ?? { en: option.label },
  })),
})

/**
 * The gaps view's table as a report keeps it: the counts, and the labels in every language the
 * vocabularies have today, so the published report reads the same after a label changes.
 */
export function gapCountsOf(table: GapTable, dimensions: Dimensions): GapCounts {
  return {
    rows: axis(dimensions, table.choice.rows, table.rows),
    columns: axis(dimensions, table.choice.columns, table.columns),
    cells: table.cells.map((row) => row.map((cell) => cell.count)),
    listings: table.listings,
  }
}
