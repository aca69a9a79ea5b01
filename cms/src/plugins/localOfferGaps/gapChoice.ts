import { dimensionKeys, isDimensionKey, type DimensionKey, type Dimensions } from './dimensions'
import type { GapChoice } from './gapTable'

export const DEFAULT_CHOICE: GapChoice = { rows: 'category', columns: 'locality', filters: {} }

type Query = Record<string, string | string[] | undefined> | URLSearchParams

const first = (query: Query, name: string): string | undefined => {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined
  const value = query[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * The table an officer asked for in the address (`rows`, `columns`, and a value for either of the
 * other two dimensions): the view's form and the CSV link share it. Anything unknown falls back
 * to the default rather than failing, since the address is typed by hand at times; the same
 * dimension twice moves the columns to the next one.
 */
export function gapChoiceFrom(query: Query, dimensions: Dimensions): GapChoice {
  const askedRows = first(query, 'rows')
  const rows = isDimensionKey(askedRows) ? askedRows : DEFAULT_CHOICE.rows
  const askedColumns = first(query, 'columns')
  let columns: DimensionKey = isDimensionKey(askedColumns) ? askedColumns : DEFAULT_CHOICE.columns
  if (columns === rows)
    columns = dimensionKeys.find((key) => key !== rows) ?? DEFAULT_CHOICE.columns
  const filters: GapChoice['filters'] = {}
  for (const key of dimensionKeys) {
    if (key === rows || key === columns) continue
    const value = first(query, key)
    if (value && dimensions[key].values.some((option) => option.value === value)) {
      filters[key] = value
    }
  }
  return { rows, columns, filters }
}

/** The address query of a choice, for the CSV link. */
export function gapChoiceQuery(choice: GapChoice): string {
  const params = new URLSearchParams({ rows: choice.rows, columns: choice.columns })
  for (const [key, value] of Object.entries(choice.filters)) if (value) params.set(key, value)
  return params.toString()
}
