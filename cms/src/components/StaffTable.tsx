import { useId, type ReactNode, type TdHTMLAttributes } from 'react'

/** Attributes one cell may carry: a class for its state, and lang/dir for words in another language. */
export type StaffTableCellAttributes = Pick<
  TdHTMLAttributes<HTMLTableCellElement>,
  'className' | 'dir' | 'lang'
>

/** One column of a staff table: its heading, and what its cell shows for each row. */
export type StaffTableColumn<Row> = {
  /** React's key for the column (a heading can be more than words). */
  key: string
  /** The column's heading: a `th scope="col"`. */
  heading: ReactNode
  /** What the column's cell shows for a row (`index` is the row's place in `rows`). */
  cell: (row: Row, index: number) => ReactNode
  /** The column names the row: its cells are `th scope="row"`. */
  rowHeader?: boolean
  /**
   * When the table becomes cards on a phone, the words before each cell ("Waiting: 3 days").
   * By default the heading, if it is words; `false` for a cell that says what it is by itself.
   */
  label?: string | false
  /** Attributes for one of the column's cells. */
  cellAttributes?: (row: Row, index: number) => StaffTableCellAttributes
}

export type StaffTableProps<Row> = {
  caption: ReactNode
  /** The caption is for screen readers only (the page's heading already says it). */
  captionHidden?: boolean
  /** The caption's id, for something outside the table that names it. */
  captionId?: string
  columns: readonly StaffTableColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row, index: number) => string | number
  rowClassName?: (row: Row) => string | undefined
  /** The view's own class for the table (spacing, widths, its cells' states). */
  className?: string
  /**
   * A wide table scrolls sideways in its own focusable box, named by the caption, rather than
   * the page (WCAG 1.4.10 allows it for data tables). A string is a class for the box as well.
   */
  scroll?: boolean | string
  /**
   * On a small screen each row becomes a card of labelled lines, so nothing scrolls sideways:
   * 'phone' below 480 px, 'narrow' below 700 px (for long text in the cells).
   */
  cards?: 'phone' | 'narrow'
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ')

/**
 * The table our staff views share (the dashboard, moderation queue, gaps, translations,
 * spreadsheet preview): a caption, column headings, and a row per item with its naming cell as
 * a row header, so a screen reader announces each number with its row and column.
 */
export function StaffTable<Row>({
  caption,
  captionHidden,
  captionId,
  columns,
  rows,
  rowKey,
  rowClassName,
  className,
  scroll,
  cards,
}: StaffTableProps<Row>) {
  const generatedId = useId()
  const labelledBy = captionId ?? (scroll ? generatedId : undefined)
  const cardLabel = (column: StaffTableColumn<Row>) => {
    if (!cards || column.label === false) return undefined
    return column.label ?? (typeof column.heading === 'string' ? column.heading : undefined)
  }
  const table = (
    <table
      className={classes(
        'staff-table',
        cards && 'staff-table--cards',
        cards === 'narrow' && 'staff-table--cards-narrow',
        className,
      )}
    >
      <caption id={labelledBy} className={captionHidden ? 'visually-hidden' : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} className={rowClassName?.(row)}>
            {columns.map((column) => {
              const Cell = column.rowHeader ? 'th' : 'td'
              return (
                <Cell
                  key={column.key}
                  scope={column.rowHeader ? 'row' : undefined}
                  data-label={cardLabel(column)}
                  {...column.cellAttributes?.(row, index)}
                >
                  {column.cell(row, index)}
                </Cell>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (!scroll) return table
  return (
    <div
      className={classes('staff-table__scroll', typeof scroll === 'string' && scroll)}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {table}
    </div>
  )
}
