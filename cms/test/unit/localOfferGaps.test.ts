import { describe, expect, it } from 'vitest'

import { gapDimensions, type GapListing } from '../../src/plugins/localOfferGaps/dimensions'
import { gapChoiceFrom, gapChoiceQuery } from '../../src/plugins/localOfferGaps/gapChoice'
import { gapTableCsv } from '../../src/plugins/localOfferGaps/gapsCsv'
import { gapTable, THIN_AT_MOST } from '../../src/plugins/localOfferGaps/gapTable'
import { totalSearchMisses } from '../../src/plugins/localOfferGaps/searchMissSummary'
import { normaliseSearchTerm, searchMissFrom } from '../../src/plugins/localOfferGaps/searchTerm'

/** The demo's localities, as the `localities` collection gives them. */
const dimensions = gapDimensions(
  ['northbrook', 'eastfield', 'riverside', 'out-of-area'].map((value) => ({ value, label: value })),
)

const listing = (overrides: Partial<GapListing> = {}): GapListing => ({
  category: 'health',
  areasOfNeed: ['communication-interaction'],
  ageRange: { minimum: 0, maximum: 4 },
  localities: ['northbrook'],
  ...overrides,
})

describe('gapTable', () => {
  const choice = { rows: 'category', columns: 'locality', filters: {} } as const

  it('counts each listing once in every cell it serves, and marks empty and thin cells', () => {
    const table = gapTable(
      [
        listing(),
        listing({ localities: ['northbrook', 'eastfield'] }),
        listing({ localities: ['northbrook'] }),
        // No venue: delivered at home or online, so in every Westbridge locality.
        listing({ category: 'transport', localities: [] }),
      ],
      choice,
      dimensions,
    )
    const row = (value: string) => table.rows.findIndex((r) => r.value === value)
    const column = (value: string) => table.columns.findIndex((c) => c.value === value)
    const cell = (r: string, c: string) => table.cells[row(r)]![column(c)]!
    expect(cell('health', 'northbrook')).toEqual({ count: 3, state: 'covered' })
    expect(cell('health', 'eastfield')).toEqual({ count: 1, state: 'thin' })
    expect(cell('health', 'riverside')).toEqual({ count: 0, state: 'empty' })
    expect(cell('transport', 'riverside')).toEqual({ count: 1, state: 'thin' })
    expect(cell('transport', 'out-of-area')).toEqual({ count: 0, state: 'empty' })
    expect(table.listings).toBe(4)
    expect(THIN_AT_MOST).toBe(2)
  })

  it('reads age ranges as the site’s age filter does, and no area of need as all four', () => {
    const table = gapTable(
      [listing({ areasOfNeed: [], ageRange: { minimum: 4, maximum: 11 } })],
      {
        rows: 'need',
        columns: 'age',
        filters: {},
      },
      dimensions,
    )
    const ages = table.columns.map((c) => c.value)
    for (const r of table.cells) {
      expect(r.map((cell, i) => (cell.count ? ages[i] : null)).filter(Boolean)).toEqual([
        '0-5',
        '5-11',
        '11-16',
      ])
    }
  })

  it('keeps only listings with the chosen value of another dimension', () => {
    const table = gapTable(
      [listing(), listing({ ageRange: { minimum: 16, maximum: 25 } })],
      {
        ...choice,
        filters: { age: '19-25' },
      },
      dimensions,
    )
    expect(table.listings).toBe(1)
  })
})

describe('gapChoiceFrom', () => {
  it('reads the form, ignores what it does not know, and never compares a dimension with itself', () => {
    expect(
      gapChoiceFrom({ rows: 'need', columns: 'age', locality: 'riverside' }, dimensions),
    ).toEqual({
      rows: 'need',
      columns: 'age',
      filters: { locality: 'riverside' },
    })
    expect(gapChoiceFrom({ rows: 'nonsense', columns: ['category'] }, dimensions)).toEqual({
      rows: 'category',
      columns: 'need',
      filters: {},
    })
    expect(
      gapChoiceFrom(new URLSearchParams('rows=age&columns=locality&need=bogus'), dimensions),
    ).toEqual({
      rows: 'age',
      columns: 'locality',
      filters: {},
    })
    expect(
      gapChoiceQuery(
        gapChoiceFrom({ rows: 'need', columns: 'age', category: 'health' }, dimensions),
      ),
    ).toBe('rows=need&columns=age&category=health')
  })
})

describe('gapTableCsv', () => {
  it('writes headings, counts as numbers and what was counted', () => {
    const table = gapTable([listing()], { rows: 'age', columns: 'need', filters: {} }, dimensions)
    const lines = gapTableCsv(table, '2026-12-02', dimensions)
      .replace(/^\uFEFF/, '')
      .split('\n')
    expect(lines[0]).toBe(
      'Age group \\ Area of need,Communication and interaction,Cognition and learning,"Social, emotional and mental health",Sensory and/or physical',
    )
    expect(lines[1]).toBe('0 to 5 years,1,0,0,0')
    expect(lines.at(-2)).toContain('on 2026-12-02')
  })
})

describe('search terms', () => {
  it('are normalised: case, spaces, full-width letters', async () => {
    expect(await normaliseSearchTerm('  Hydro   THERAPY ')).toBe('hydro therapy')
    expect(await normaliseSearchTerm('ＡＢＡ')).toBe('aba')
  })

  it('lose anything that looks like personal data before they are counted', async () => {
    const term = await normaliseSearchTerm('autism help jane.doe@example.com 07700 900123')
    expect(term).not.toContain('jane')
    expect(term).not.toContain('07700')
    expect(term).toContain('autism help')
  })

  it('are cut to 100 characters; what the beacon sends is checked', async () => {
    expect(await normaliseSearchTerm('a'.repeat(300))).toHaveLength(100)
    expect(await searchMissFrom({ q: 'Opieka wytchnieniowa', locale: 'pl' })).toEqual({
      term: 'opieka wytchnieniowa',
      locale: 'pl',
    })
    expect(await searchMissFrom({ q: 'x', locale: 'fr' })).toEqual({ term: 'x', locale: 'en' })
    expect(await searchMissFrom({ q: '   ' })).toBeNull()
    expect(await searchMissFrom({ q: 42 })).toBeNull()
    expect(await searchMissFrom('hello')).toBeNull()
  })
})

describe('totalSearchMisses', () => {
  it('adds up the days per words and language, most searched first', () => {
    expect(
      totalSearchMisses([
        { term: 'b', locale: 'en', count: 1 },
        { term: 'a', locale: 'en', count: 2 },
        { term: 'a', locale: 'en', count: 3 },
        { term: 'a', locale: 'pl', count: 1 },
      ]),
    ).toEqual([
      { term: 'a', locale: 'en', count: 5, days: 2 },
      { term: 'a', locale: 'pl', count: 1, days: 1 },
      { term: 'b', locale: 'en', count: 1, days: 1 },
    ])
  })
})
