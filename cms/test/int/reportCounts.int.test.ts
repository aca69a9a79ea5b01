import type { GapCounts } from '@local-offer/shared/gapCounts'
import { describe, expect, it } from 'vitest'

import type { FeedbackReport } from '../../src/payload-types'
import { gapDimensionsNow, gapListings } from '../../src/plugins/localOfferGaps/gapListings'
import { gapTable } from '../../src/plugins/localOfferGaps/gapTable'
import { apiFor } from '../helpers/api'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * "The Local Offer in numbers" in a "You said, we did" report (issue 15 item 5): an officer adds a
 * cut of the gaps table, the CMS takes its counts on save, and they stay as they were taken when
 * listings change, until the officer changes the cut or asks to count again.
 */
const ctx = useTestWorld()

type CountsRow = NonNullable<FeedbackReport['localOfferCounts']>[number]

const healthUnder5 = (counts: unknown) => {
  const c = counts as GapCounts
  const row = c.rows.values.findIndex((v) => v.value === 'health')
  const column = c.columns.values.findIndex((v) => v.value === '0-5')
  return c.cells[row]![column]!
}

const publishListing = () =>
  ctx.t.payload.create({
    collection: 'services',
    data: { ...validService(ctx.world.orgA.id), _status: 'published' },
  })

const save = async (id: number, data: Record<string, unknown>) => {
  const response = await apiFor(ctx.t)({
    path: `/feedback-reports/${id}?draft=true&locale=en`,
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
    as: ctx.world.officer,
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { doc: FeedbackReport }).doc
}

describe('counts in a report', () => {
  it('are taken when an officer adds them, frozen after, and counted again only when asked', async () => {
    const { t, world } = ctx
    const created = await apiFor(t)({
      path: '/feedback-reports?draft=true&locale=en',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        year: '2026-27',
        title: 'You said, we did 2026-27',
        _status: 'draft',
        localOfferCounts: [
          {
            rows: 'category',
            columns: 'age',
            note: 'Short breaks for teenagers are few.',
            // Sent by a client: ignored, only the CMS counts.
            takenAt: '2001-01-01T00:00:00.000Z',
            counts: { forged: true },
          },
        ],
      }),
      as: world.officer,
    })
    expect(created.status).toBe(201)
    const report = ((await created.json()) as { doc: FeedbackReport }).doc
    const [first] = report.localOfferCounts ?? []
    expect(first?.takenAt).not.toBe('2001-01-01T00:00:00.000Z')
    expect(Date.now() - Date.parse(first!.takenAt!)).toBeLessThan(60_000)
    const expected = gapTable(
      await gapListings(t.payload),
      { rows: 'category', columns: 'age', filters: {} },
      await gapDimensionsNow(t.payload),
    )
    const counts = first!.counts as GapCounts
    expect(counts.cells).toEqual(expected.cells.map((row) => row.map((cell) => cell.count)))
    expect(counts.listings).toBe(expected.listings)
    const before = healthUnder5(counts)
    expect(before).toBeGreaterThan(0)

    // A listing published later changes nothing in the report: not a save, not publishing it.
    await publishListing()
    const row = (overrides: Partial<CountsRow> = {}) => ({
      id: first!.id,
      rows: 'category',
      columns: 'age',
      note: first!.note,
      ...overrides,
    })
    const edited = await save(report.id, {
      title: 'You said, we did 2026-27 (edited)',
      localOfferCounts: [row({ counts: { forged: true } })],
    })
    expect(edited.localOfferCounts?.[0]?.counts).toEqual(counts)
    expect(edited.localOfferCounts?.[0]?.takenAt).toBe(first!.takenAt)
    const published = await apiFor(t)({
      path: `/feedback-reports/${report.id}?locale=en`,
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published', localOfferCounts: [row()] }),
      as: world.officer,
    })
    expect(published.status).toBe(200)
    const publicRead = await apiFor(t)({ path: `/feedback-reports/${report.id}?locale=all` })
    expect(publicRead.status).toBe(200)
    const seen = (await publicRead.json()) as {
      localOfferCounts: Array<{ counts: unknown; takenAt: string; note: Record<string, string> }>
    }
    expect(seen.localOfferCounts[0]?.counts).toEqual(counts)
    expect(seen.localOfferCounts[0]?.takenAt).toBe(first!.takenAt)
    expect(seen.localOfferCounts[0]?.note.en).toBe('Short breaks for teenagers are few.')

    // Asked to count again: today's counts, and the tick is not kept.
    const recounted = await save(report.id, { localOfferCounts: [row({ countAgain: true })] })
    const [again] = recounted.localOfferCounts ?? []
    expect(healthUnder5(again!.counts)).toBe(before + 1)
    expect(again!.countAgain).toBe(false)
    expect(Date.parse(again!.takenAt!)).toBeGreaterThanOrEqual(Date.parse(first!.takenAt!))

    // Another cut is counted afresh; the same dimension twice is refused.
    const byNeed = await save(report.id, { localOfferCounts: [row({ columns: 'need' })] })
    expect((byNeed.localOfferCounts?.[0]?.counts as GapCounts).columns.dimension).toBe('need')
    const refused = await apiFor(t)({
      path: `/feedback-reports/${report.id}?draft=true`,
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ localOfferCounts: [row({ columns: 'category' })] }),
      as: world.officer,
    })
    expect(refused.status).toBe(400)
  })

  it('counted during a save in Polish, keep the save in Polish (the counting reads in English)', async () => {
    const { t, world } = ctx
    const created = await apiFor(t)({
      path: '/feedback-reports?draft=true&locale=en',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        year: '2027-28',
        title: 'You said, we did 2027-28',
        _status: 'draft',
        localOfferCounts: [{ rows: 'category', columns: 'locality', note: 'In English.' }],
      }),
      as: world.officer,
    })
    expect(created.status).toBe(201)
    const report = ((await created.json()) as { doc: FeedbackReport }).doc
    const [row] = report.localOfferCounts ?? []
    const inPolish = await apiFor(t)({
      path: `/feedback-reports/${report.id}?draft=true&locale=pl`,
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        localOfferCounts: [
          {
            id: row!.id,
            rows: 'category',
            columns: 'locality',
            note: 'Po polsku.',
            countAgain: true,
          },
        ],
      }),
      as: world.officer,
    })
    expect(inPolish.status).toBe(200)
    const read = await apiFor(t)({
      path: `/feedback-reports/${report.id}?draft=true&locale=all`,
      as: world.officer,
    })
    const seen = (await read.json()) as {
      localOfferCounts: Array<{ note: Record<string, string | null> }>
    }
    expect(seen.localOfferCounts[0]?.note).toMatchObject({ en: 'In English.', pl: 'Po polsku.' })
  })
})
