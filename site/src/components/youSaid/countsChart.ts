/**
 * "The Local Offer in numbers" as a bar chart, laid out at build time (no script in the browser):
 * for each row of the counts (say, a category) a heading, then one labelled bar per column (say,
 * an age group) with its number at the end. Every bar has its label and number written beside it
 * and its own pattern, so nothing is told by colour alone (WCAG 1.4.1). The drawing is 320 units
 * wide, about a phone's content width, so its text is read at about its size at 375 px and the
 * chart grows to the width it is given no more than the page's CSS allows; labels wrap to fit, so
 * nothing scrolls sideways. Right to left, the chart is mirrored: labels start on the right and
 * bars grow to the left.
 */
import { getLocale, type LocaleCode } from '@local-offer/shared'
import type { GapCounts } from '@local-offer/shared/gapCounts'

import { labelIn } from './countsTable'

export const CHART_WIDTH = 320
const FONT = 14
const LINE = 18
const HEADING_FONT = 15
const HEADING_LINE = 20
const BAR_HEIGHT = 14
/** Room at the end of the longest bar for its number. */
const NUMBER_SPACE = 44
/** A generous average glyph width (0.6 em), so a wrapped line is never wider than the chart. */
const CHARS_PER_LINE = Math.floor(CHART_WIDTH / (FONT * 0.6))
const HEADING_CHARS_PER_LINE = Math.floor(CHART_WIDTH / (HEADING_FONT * 0.62))

/** The patterns bars take, column by column (a column keeps its pattern in every group). */
export const barPatterns = ['solid', 'stripes', 'dots', 'cross', 'waves', 'checks'] as const
export type BarPattern = (typeof barPatterns)[number]

export interface ChartTextBlock {
  /** Where each line starts: left (or right, right to left) and the first line's baseline. */
  x: number
  y: number
  lines: string[]
}

export interface ChartBar {
  label: ChartTextBlock
  count: number
  /** The bar's rectangle (zero wide for no listing). */
  x: number
  y: number
  width: number
  height: number
  pattern: BarPattern
  /** Where the number starts, just past the end of the bar. */
  numberX: number
  numberY: number
}

export interface ChartLayout {
  width: number
  height: number
  dir: 'ltr' | 'rtl'
  lineHeight: number
  headingLineHeight: number
  groups: Array<{ heading: ChartTextBlock; bars: ChartBar[] }>
  /** The patterns the chart uses, to define once. */
  patterns: BarPattern[]
}

/** Words in lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export function countsChart(counts: GapCounts, locale: LocaleCode): ChartLayout {
  const dir = getLocale(locale).dir
  const highest = Math.max(1, ...counts.cells.flat())
  const longest = CHART_WIDTH - NUMBER_SPACE
  // Right to left, a position measured from the start is measured from the right edge.
  const fromStart = (x: number) => (dir === 'rtl' ? CHART_WIDTH - x : x)
  let y = 0
  const groups = counts.rows.values.map((row, r) => {
    const headingLines = wrapText(labelIn(row.label, locale), HEADING_CHARS_PER_LINE)
    const heading = { x: fromStart(0), y: y + HEADING_FONT, lines: headingLines }
    y += headingLines.length * HEADING_LINE + 4
    const bars = counts.columns.values.map((column, c): ChartBar => {
      const count = counts.cells[r]?.[c] ?? 0
      const labelLines = wrapText(labelIn(column.label, locale), CHARS_PER_LINE)
      const label = { x: fromStart(0), y: y + FONT, lines: labelLines }
      y += labelLines.length * LINE
      // A count of one still shows as a bar; none shows no bar, and its number says 0.
      const width = count === 0 ? 0 : Math.max(3, Math.round((count / highest) * longest))
      const bar: ChartBar = {
        label,
        count,
        x: dir === 'rtl' ? CHART_WIDTH - width : 0,
        y,
        width,
        height: BAR_HEIGHT,
        pattern: barPatterns[c % barPatterns.length]!,
        numberX: fromStart(width + 6),
        numberY: y + BAR_HEIGHT - 2,
      }
      y += BAR_HEIGHT + 10
      return bar
    })
    y += 10
    return { heading, bars }
  })
  return {
    width: CHART_WIDTH,
    height: Math.max(y, 1),
    dir,
    lineHeight: LINE,
    headingLineHeight: HEADING_LINE,
    groups,
    patterns: barPatterns.slice(0, Math.min(counts.columns.values.length, barPatterns.length)),
  }
}
