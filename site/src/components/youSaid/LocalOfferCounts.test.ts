import type { GapCounts } from '@local-offer/shared/gapCounts'
import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import { CHART_WIDTH, countsChart, wrapText } from './countsChart'
import LocalOfferCounts from './LocalOfferCounts.astro'

const counts: GapCounts = {
  rows: {
    dimension: 'category',
    values: [
      { value: 'health', label: { en: 'Health', pl: 'Zdrowie', ar: 'الصحة' } },
      {
        value: 'short-breaks',
        label: { en: 'Short breaks', pl: 'Krótkie przerwy', ar: 'فترات راحة قصيرة' },
      },
    ],
  },
  columns: {
    dimension: 'locality',
    values: [
      { value: 'northbrook', label: { en: 'Northbrook' } },
      { value: 'eastfield', label: { en: 'Eastfield' } },
      {
        value: 'out-of-area',
        label: { en: 'Outside the borough, where some children go to school or college' },
      },
    ],
  },
  cells: [
    [12, 0, 3],
    [1, 6, 0],
  ],
  listings: 19,
}

const entry = {
  id: 'abc',
  note: { en: 'Few short breaks in the north.' },
  takenOn: '2026-12-02',
  counts,
}

describe('countsChart (the bar chart, laid out at build time)', () => {
  it('draws one labelled bar per column under each row’s heading, as long as its count', () => {
    const chart = countsChart(counts, 'en')
    expect(chart.groups.map((g) => g.heading.lines)).toEqual([['Health'], ['Short breaks']])
    const [health] = chart.groups
    expect(health!.bars.map((bar) => bar.count)).toEqual([12, 0, 3])
    expect(health!.bars.map((bar) => bar.label.lines[0])).toEqual([
      'Northbrook',
      'Eastfield',
      'Outside the borough, where some',
    ])
    // The longest bar leaves room for its number; none is drawn for no listing; a bar is
    // proportional to its count; each column keeps its own pattern in every group.
    const [twelve, none, three] = health!.bars
    expect(twelve!.width + (twelve!.numberX - twelve!.width)).toBeLessThan(CHART_WIDTH)
    expect(none!.width).toBe(0)
    expect(three!.width / twelve!.width).toBeCloseTo(3 / 12, 1)
    expect(new Set(health!.bars.map((bar) => bar.pattern)).size).toBe(3)
    expect(chart.groups[1]!.bars.map((bar) => bar.pattern)).toEqual(
      health!.bars.map((bar) => bar.pattern),
    )
    // Nothing overlaps: every bar starts below the one before.
    const ys = chart.groups.flatMap((g) => g.bars.map((bar) => bar.y))
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(chart.height).toBeGreaterThan(ys.at(-1)!)
  })

  it('wraps long labels so no line is wider than the chart', () => {
    const chart = countsChart(counts, 'en')
    const lines = chart.groups.flatMap((g) => g.bars.flatMap((bar) => bar.label.lines))
    // 14-unit text at most 0.6 em a character on average.
    for (const line of lines) expect(line.length * 14 * 0.6).toBeLessThanOrEqual(CHART_WIDTH)
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
  })

  it('is mirrored right to left: labels start on the right and bars grow to the left', () => {
    const ltr = countsChart(counts, 'en')
    const rtl = countsChart(counts, 'ar')
    expect(rtl.dir).toBe('rtl')
    const bar = rtl.groups[0]!.bars[0]!
    expect(bar.label.x).toBe(CHART_WIDTH)
    expect(bar.x + bar.width).toBe(CHART_WIDTH)
    expect(bar.numberX).toBe(CHART_WIDTH - ltr.groups[0]!.bars[0]!.numberX)
    expect(rtl.groups[0]!.heading.lines).toEqual(['الصحة'])
  })
})

describe('LocalOfferCounts', () => {
  it('gives the counts as a table with a caption, column and row headers and numbers', async () => {
    const html = await render(LocalOfferCounts, { props: { entries: [entry], locale: 'en' } })
    expect(html).toContain('<h2 id="local-offer-counts">The Local Offer in numbers</h2>')
    expect(html).toContain('<h3>Services by category and area on 2 December 2026</h3>')
    expect(html).toContain(
      '<caption>Services by category and area on 2 December 2026: the numbers</caption>',
    )
    expect(html).toContain(
      '<th scope="col">Category</th><th scope="col">Northbrook</th><th scope="col">Eastfield</th>',
    )
    expect(html).toContain('<tr><th scope="row">Health</th><td>12</td><td>0</td><td>3</td></tr>')
    expect(html).toContain('<p>Few short breaks in the north.</p>')
  })

  it('draws the chart as an image whose text alternative points to the table, with no script', async () => {
    const html = await render(LocalOfferCounts, { props: { entries: [entry], locale: 'en' } })
    expect(html).toMatch(
      /<svg class="lo-counts__chart" role="img" aria-labelledby="lo-chart-title-abc"/,
    )
    expect(html).toContain(
      '<title id="lo-chart-title-abc">Bar chart: Services by category and area on 2 December 2026. The same numbers are in the table below the chart.</title>',
    )
    expect(html).toContain('direction="ltr"')
    // Each bar is told apart by its label and its pattern, not its colour alone.
    expect(html).toContain('<tspan x="0" dy="0">Northbrook</tspan>')
    expect(html).toContain('fill="url(#lo-bar-abc-stripes)"')
    expect(html).toContain('<pattern id="lo-bar-abc-stripes"')
    expect(html).not.toContain('<script')
  })

  it('is in the page’s language, right to left in Arabic, English labels marked', async () => {
    const html = await render(LocalOfferCounts, { props: { entries: [entry], locale: 'ar' } })
    expect(html).toContain('<h2 id="local-offer-counts">العرض المحلي بالأرقام</h2>')
    expect(html).toContain('direction="rtl"')
    expect(html).toContain('<th scope="row">الصحة</th>')
    expect(html).toContain('<th scope="col" lang="en">Northbrook</th>')
    // The digits the site's other dates and numbers use in Arabic (Intl's "ar").
    expect(html).toContain(`<td>${new Intl.NumberFormat('ar').format(12)}</td>`)
    const pl = await render(LocalOfferCounts, { props: { entries: [entry], locale: 'pl' } })
    expect(pl).toContain('<h3>Usługi według kategorii i rejonu, stan na 2 grudnia 2026</h3>')
    expect(pl).toContain('<th scope="col">Kategoria</th>')
  })

  it('shows nothing for a report without counts', async () => {
    expect(await render(LocalOfferCounts, { props: { entries: [], locale: 'en' } })).toBe('')
  })
})
