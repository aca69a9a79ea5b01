import { stringify } from 'csv-stringify/sync'

import type { Dimensions } from './dimensions'
import type { GapTable } from './gapTable'

/**
 * The table as a spreadsheet: a row of column headings, then one row per row value with its
 * counts, then a note of what was counted. Numbers only in the cells, so they add up in a
 * spreadsheet; the filters used are in the note.
 */
export function gapTableCsv(table: GapTable, today: string, dimensions: Dimensions): string {
  const rowName = dimensions[table.choice.rows].label
  const columnName = dimensions[table.choice.columns].label
  const filters = Object.entries(table.choice.filters).map(([key, value]) => {
    const dimension = dimensions[key as keyof typeof dimensions]
    const label = dimension.values.find((option) => option.value === value)?.label ?? value
    return `${dimension.label}: ${label}`
  })
  const records = [
    [`${rowName} \\ ${columnName}`, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row, r) => [row.label, ...table.cells[r]!.map((cell) => cell.count)]),
    [],
    [
      `Published listings not overdue for review or withdrawn, on ${today}${filters.length ? `; only ${filters.join('; ')}` : ''}. A listing counts in every cell it serves.`,
    ],
  ]
  return stringify(records, { bom: true })
}
