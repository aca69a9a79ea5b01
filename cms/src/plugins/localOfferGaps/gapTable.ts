import { dimensionKeys, type DimensionKey, type Dimensions, type GapListing } from './dimensions'

/**
 * A cell with this many listings or fewer (but at least one) is "thin": one provider closing or
 * filling up leaves families there with nothing.
 */
export const THIN_AT_MOST = 2

export type CellState = 'empty' | 'thin' | 'covered'

export interface GapChoice {
  rows: DimensionKey
  columns: DimensionKey
  /** Only listings with this value of a dimension that is neither rows nor columns. */
  filters: Partial<Record<DimensionKey, string>>
}

export interface GapCell {
  count: number
  state: CellState
}

export interface GapTable {
  choice: GapChoice
  rows: readonly { value: string; label: string }[]
  columns: readonly { value: string; label: string }[]
  /** cells[row][column], in the order of `rows` and `columns`. */
  cells: GapCell[][]
  /** How many listings the table counts (after the filters). */
  listings: number
  empty: number
  thin: number
}

export const cellState = (count: number): CellState =>
  count === 0 ? 'empty' : count <= THIN_AT_MOST ? 'thin' : 'covered'

/** The counts for the chosen two dimensions, each listing once in every cell it serves. */
export function gapTable(
  listings: readonly GapListing[],
  choice: GapChoice,
  dimensions: Dimensions,
): GapTable {
  const rowDimension = dimensions[choice.rows]
  const columnDimension = dimensions[choice.columns]
  const kept = listings.filter((listing) =>
    dimensionKeys.every((key) => {
      const wanted = choice.filters[key]
      return !wanted || dimensions[key].valuesOf(listing).includes(wanted)
    }),
  )
  const cells = rowDimension.values.map((row) =>
    columnDimension.values.map((column) => {
      const count = kept.filter(
        (listing) =>
          rowDimension.valuesOf(listing).includes(row.value) &&
          columnDimension.valuesOf(listing).includes(column.value),
      ).length
      return { count, state: cellState(count) }
    }),
  )
  const flat = cells.flat()
  return {
    choice,
    rows: rowDimension.values,
    columns: columnDimension.values,
    cells,
    listings: kept.length,
    empty: flat.filter((cell) => cell.state === 'empty').length,
    thin: flat.filter((cell) => cell.state === 'thin').length,
  }
}
