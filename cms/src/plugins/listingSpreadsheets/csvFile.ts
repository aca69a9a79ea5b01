import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { columns, groupColumnOf, headerFor, ID_COLUMN, SLUG_COLUMN } from './columns'
import type { Row } from './listingRow'
import { spreadsheetStrings as s } from './strings'

/** The largest file and the most rows one import takes (a council has hundreds of listings). */
export const MAX_FILE_CHARACTERS = 5_000_000
export const MAX_ROWS = 3000

/**
 * Writes rows as CSV for spreadsheets: a byte-order mark so Excel reads Polish and Arabic, and
 * csv-stringify's formula escaping, which puts an apostrophe before a cell starting with
 * = + - @ (or a tab or return) so a spreadsheet shows it as text instead of running it.
 */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  stringify(rows as string[][], { bom: true, escape_formulas: true })

/** Undoes the export's formula escaping: "'+44 121…" is the phone number "+44 121…" again. */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

/** The explanation of each column, for the template's second row. */
export function explanationOf(key: string): string {
  const column = columns.find((c) => c.key === key)
  if (column) {
    const needed = column.required ? (column.localized ? ' Needed in English.' : ' Needed.') : ''
    const language = column.localized ? ' In the row’s language.' : ''
    return `${column.help}${needed}${language} ${column.kind.hint}`.trim()
  }
  const grouped = groupColumnOf(key)
  if (grouped) {
    const { group, n, field } = grouped
    const needed = field.required ? ' Needed for each one you give.' : ''
    const language = field.localized ? ' In the row’s language.' : ''
    return `${group.label} ${n}: ${field.help}${needed}${language} ${field.kind.hint} Add more with the next number (${group.key}_${n + 1}_${field.key}).`
  }
  return ''
}

/** The template: the header row, then a row that explains each column. */
export function templateCsv(): string {
  const header = headerFor({ contact: 2, location: 1, opening: 2 })
  return toCsv([header, header.map(explanationOf)])
}

export interface CsvFile {
  header: string[]
  rows: Array<{ number: number; cells: Row; problem?: string }>
  /** Refusals of the whole file: nothing in it can be imported. */
  errors: string[]
  /** Things the officer should know that do not stop the import. */
  notices: string[]
}

const known = (key: string) =>
  columns.some((c) => c.key === key) || groupColumnOf(key) !== undefined

/** Reads an uploaded CSV into rows keyed by header, with every problem of the file as a whole. */
export function readCsv(text: string): CsvFile {
  let records: string[][]
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false })
  } catch (error) {
    return {
      header: [],
      rows: [],
      errors: [s.unreadable(error instanceof Error ? error.message : String(error))],
      notices: [],
    }
  }
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase())
  const errors: string[] = []
  const notices: string[] = []
  const duplicates = header.filter((key, i) => key && header.indexOf(key) !== i)
  errors.push(...[...new Set(duplicates)].map(s.duplicateColumn))
  if (!header.includes(ID_COLUMN) && !header.includes(SLUG_COLUMN)) errors.push(s.needsIdOrSlug)
  notices.push(...header.filter((key) => key && !known(key)).map(s.unknownColumn))

  // The template's explanation row is not a listing.
  const explanation = explanationOf(ID_COLUMN)
  const rows: CsvFile['rows'] = []
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return
    const cells: Row = {}
    header.forEach((key, k) => {
      if (key) cells[key] = unescapeFormula(record[k] ?? '')
    })
    if (cells[ID_COLUMN] === explanation) return
    const problem =
      record.length !== header.length
        ? `This row has ${record.length} cells but the header row has ${header.length}: check for a missing or extra comma`
        : undefined
    rows.push({ number: i + 2, cells, problem })
  })
  if (rows.length === 0 && errors.length === 0) errors.push(s.noRows)
  if (rows.length > MAX_ROWS) errors.push(s.tooManyRows(MAX_ROWS))
  return { header, rows, errors, notices }
}
