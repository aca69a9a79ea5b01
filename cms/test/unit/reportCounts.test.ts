import { gapCountsSchema } from '@local-offer/shared/gapCounts'
import { describe, expect, it, vi } from 'vitest'

import { gapDimensions, type GapListing } from '../../src/plugins/localOfferGaps/dimensions'
import { gapTable } from '../../src/plugins/localOfferGaps/gapTable'
import { gapCountsOf } from '../../src/plugins/localOfferGaps/reportCounts/gapCounts'
import {
  applySnapshotRule,
  needsCounting,
  type Cut,
  type ReportCountsRow,
  type Snapshot,
} from '../../src/plugins/localOfferGaps/reportCounts/snapshotRule'

const listing = (overrides: Partial<GapListing> = {}): GapListing => ({
  category: 'health',
  areasOfNeed: ['communication-interaction'],
  ageRange: { minimum: 0, maximum: 4 },
  localities: ['northbrook'],
  ...overrides,
})

const dimensions = gapDimensions([
  { value: 'northbrook', label: { en: 'Northbrook', pl: 'Northbrook (pl)' } },
  { value: 'out-of-area', label: 'Outside the area' },
])
const frozen = gapCountsOf(
  gapTable([listing()], { rows: 'category', columns: 'age', filters: {} }, dimensions),
  dimensions,
)
const today = gapCountsOf(
  gapTable(
    [listing(), listing({ category: 'education' })],
    { rows: 'category', columns: 'age', filters: {} },
    dimensions,
  ),
  dimensions,
)

const stored: ReportCountsRow = {
  id: 'row-1',
  rows: 'category',
  columns: 'age',
  takenAt: '2026-03-01T10:00:00.000Z',
  counts: frozen,
}

const takeToday = vi.fn((_cut: Cut): Snapshot => ({
  takenAt: '2026-12-02T14:00:00.000Z',
  counts: today,
}))

describe('the snapshot rule (counts frozen in a report)', () => {
  it('keeps the counts a row was given, whatever a client sends for them', () => {
    takeToday.mockClear()
    const [row] = applySnapshotRule(
      [{ id: 'row-1', rows: 'category', columns: 'age', takenAt: '2030-01-01', counts: today }],
      [stored],
      takeToday,
    )
    expect(row).toMatchObject({ takenAt: stored.takenAt, counts: frozen, countAgain: false })
    expect(takeToday).not.toHaveBeenCalled()
    expect(needsCounting([{ id: 'row-1', rows: 'category', columns: 'age' }], [stored])).toBe(false)
  })

  it('counts a new row, a row whose cut changed and a row an officer asked to count again', () => {
    takeToday.mockClear()
    const rows = applySnapshotRule(
      [
        { rows: 'need', columns: 'age' },
        { id: 'row-1', rows: 'category', columns: 'need' },
        { id: 'row-1', rows: 'category', columns: 'age', countAgain: true },
        // An id the report never had (copied from elsewhere): counted, not trusted.
        { id: 'row-9', rows: 'category', columns: 'age', takenAt: stored.takenAt, counts: frozen },
      ],
      [stored],
      takeToday,
    )
    expect(takeToday.mock.calls.map(([cut]) => cut)).toEqual([
      { rows: 'need', columns: 'age' },
      { rows: 'category', columns: 'need' },
      { rows: 'category', columns: 'age' },
      { rows: 'category', columns: 'age' },
    ])
    for (const row of rows) {
      expect(row).toMatchObject({ takenAt: '2026-12-02T14:00:00.000Z', counts: today })
      expect(row.countAgain).toBe(false)
    }
    expect(needsCounting([{ id: 'row-1', rows: 'need', columns: 'age' }], [stored])).toBe(true)
  })

  it('counts again a stored row that has no counts yet', () => {
    takeToday.mockClear()
    applySnapshotRule(
      [{ id: 'row-1', rows: 'category', columns: 'age' }],
      [{ id: 'row-1', rows: 'category', columns: 'age', takenAt: null, counts: null }],
      takeToday,
    )
    expect(takeToday).toHaveBeenCalledTimes(1)
  })
})

describe('gapCountsOf', () => {
  it('keeps the counts and every language’s labels, in a shape the site accepts', () => {
    const counts = gapCountsOf(
      gapTable(
        [listing(), listing({ ageRange: { minimum: 4, maximum: 11 } })],
        { rows: 'category', columns: 'age', filters: {} },
        dimensions,
      ),
      dimensions,
    )
    expect(gapCountsSchema.parse(counts)).toEqual(counts)
    expect(counts.listings).toBe(2)
    const health = counts.rows.values.findIndex((row) => row.value === 'health')
    const ages = counts.columns.values.map((column) => column.value)
    expect(counts.cells[health]![ages.indexOf('0-5')]).toBe(2)
    expect(counts.cells[health]![ages.indexOf('5-11')]).toBe(1)
    expect(counts.columns.values[0]!.label).toEqual({
      en: '0 to 5 years',
      pl: '0–5 lat',
      ar: 'من 0 إلى 5 سنوات',
    })
  })

  it('labels the council’s localities in every language their names are given in', () => {
    const counts = gapCountsOf(
      gapTable([listing()], { rows: 'locality', columns: 'age', filters: {} }, dimensions),
      dimensions,
    )
    expect(counts.rows.values.map((row) => row.label)).toEqual([
      { en: 'Northbrook', pl: 'Northbrook (pl)' },
      { en: 'Outside the area' },
    ])
  })

  it('is refused by the schema when the cells do not fit the axes', () => {
    const wrong = { ...frozen, cells: frozen.cells.slice(1) }
    expect(gapCountsSchema.safeParse(wrong).success).toBe(false)
    expect(gapCountsSchema.safeParse({ ...frozen, columns: frozen.rows }).success).toBe(false)
  })
})
