import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'

import type { ImportPreview } from '../../src/plugins/listingSpreadsheets/spreadsheetImport'
import { apiFor, jsonPost } from '../helpers/api'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Listings in spreadsheets (issue 12 item 8) through the REST endpoints as the admin view calls
 * them: export, preview (writes nothing), import (drafts submitted for review), on every store.
 */
const ctx = useTestWorld()
const api = () => apiFor(ctx.t)

const download = async (path: string) => {
  const response = await api()({ path, as: ctx.world.officer })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/csv')
  return response.text()
}

const table = (csv: string): string[][] => parse(csv, { bom: true })
const csvOf = (rows: string[][]) => stringify(rows)

const preview = async (csv: string) => {
  const response = await api()({
    path: '/services/spreadsheet/preview',
    ...jsonPost({ csv }),
    as: ctx.world.officer,
  })
  return { status: response.status, body: (await response.json()) as ImportPreview }
}

const confirm = async (csv: string, token: string) => {
  const response = await api()({
    path: '/services/spreadsheet/import',
    ...jsonPost({ csv, token }),
    as: ctx.world.officer,
  })
  return { status: response.status, body: (await response.json()) as ImportPreview }
}

const versionCount = async () =>
  (await ctx.t.payload.findVersions({ collection: 'services', limit: 0 })).totalDocs

/** The exported file with one cell changed in the row of listing `id`. */
const edited = (rows: string[][], id: number, column: string, value: string) => {
  const header = rows[0] as string[]
  const k = header.indexOf(column)
  return rows.map((row, i) =>
    i > 0 && row[0] === String(id) ? row.map((cell, j) => (j === k ? value : cell)) : row,
  )
}

describe('exporting listings to CSV', () => {
  it('writes one row per listing with its lists flattened into numbered columns', async () => {
    const rows = table(await download('/services/spreadsheet/export?locale=en'))
    const header = rows[0] as string[]
    expect(header.slice(0, 4)).toEqual(['id', 'slug', 'locale', 'organisation_id'])
    expect(header).toEqual(
      expect.arrayContaining([
        'contact_1_phone',
        'location_1_postcode',
        'opening_1_days',
        'age_from',
        'sub_categories',
      ]),
    )
    const ids = rows.slice(1).map((row) => row[0])
    for (const listing of ['publishedA', 'draftA', 'publishedB', 'draftB'] as const) {
      expect(ids).toContain(String(ctx.world[listing].id))
    }
    const row = rows.find((r) => r[0] === String(ctx.world.publishedA.id)) as string[]
    const cell = (key: string) => row[header.indexOf(key)]
    expect(cell('contact_1_phone')).toBe('0121 496 0123')
    expect(cell('opening_1_days')).toBe('monday')
    expect(cell('live')).toBe('yes')
    expect(cell('organisation_name')).toBe(ctx.world.orgA.name)
  })

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', async () => {
    const listing = await ctx.t.payload.create({
      collection: 'services',
      data: {
        ...validService(ctx.world.orgB.id),
        _status: 'draft',
        contacts: [{ name: '=HYPERLINK("https://evil.example","Click")', phone: '0121 496 0123' }],
      },
      draft: true,
    })
    const rows = table(await download('/services/spreadsheet/export?locale=en'))
    const header = rows[0] as string[]
    const row = rows.find((r) => r[0] === String(listing.id)) as string[]
    expect(row[header.indexOf('contact_1_name')]).toBe(
      '\'=HYPERLINK("https://evil.example","Click")',
    )
  })

  it('refuses a language the site does not have', async () => {
    const response = await api()({
      path: '/services/spreadsheet/export?locale=de',
      as: ctx.world.officer,
    })
    expect(response.status).toBe(400)
  })

  it('offers a template whose second row explains every column', async () => {
    const rows = table(await download('/services/spreadsheet/template'))
    expect(rows).toHaveLength(2)
    const [header, explanation] = rows as [string[], string[]]
    expect(explanation).toHaveLength(header.length)
    expect(explanation.every((text) => text.length > 10)).toBe(true)
    expect(explanation[header.indexOf('category')]).toContain('health')
  })
})

describe('importing a CSV', () => {
  it('a round trip with no edits reports every row unchanged and writes nothing', async () => {
    const csv = await download('/services/spreadsheet/export?locale=en')
    const before = await versionCount()
    const { status, body } = await preview(csv)
    expect(status).toBe(200)
    expect(body.notices).toEqual([])
    expect(body.counts.rejected).toBe(0)
    expect(body.counts.updated).toBe(0)
    expect(body.counts.created).toBe(0)
    expect(body.counts.unchanged).toBe(table(csv).length - 1)
    expect(await versionCount()).toBe(before)
  })

  it('the template alone (its explanation row is not a listing) has nothing to import', async () => {
    const { status, body } = await preview(await download('/services/spreadsheet/template'))
    expect(status).toBe(400)
    expect(body.errors.join(' ')).toMatch(/no rows of listings/)
  })

  it('previews a changed, a new and a rejected row, then imports the good ones for review', async () => {
    const exported = table(await download('/services/spreadsheet/export?locale=en'))
    const header = exported[0] as string[]
    const listing = ctx.world.publishedA
    let rows = edited(
      exported,
      listing.id,
      'summary',
      'Free drop-in advice for parents, now on Mondays.',
    )
    rows = edited(rows, listing.id, 'contact_1_phone', '0121 496 0999')
    const template = rows.find((r) => r[0] === String(ctx.world.publishedB.id)) as string[]
    const cellsFrom = (row: string[], changes: Record<string, string>) =>
      row.map((cell, k) => changes[header[k] as string] ?? cell)
    const newRow = cellsFrom(template, {
      id: '',
      slug: 'holiday-club-for-disabled-children',
      name: 'Holiday club for disabled children',
      live: '',
    })
    const badRow = cellsFrom(template, {
      id: String(ctx.world.draftB.id),
      age_to: '99',
      contact_1_phone: '12345',
      category: 'astronomy',
    })
    const unchangedRows = rows.filter(
      (r, i) => i > 0 && r[0] !== String(listing.id) && r[0] !== String(ctx.world.draftB.id),
    )
    const csv = csvOf([
      header,
      rows.find((r) => r[0] === String(listing.id)) as string[],
      badRow,
      newRow,
      ...unchangedRows,
    ])
    const before = await versionCount()
    const { status, body } = await preview(csv)
    expect(status).toBe(200)
    const [changed, rejected, created] = body.rows
    expect(changed).toMatchObject({ row: 2, outcome: 'updated', listingId: listing.id })
    expect(changed?.changes).toEqual(['Summary', 'Contact 1 phone'])
    expect(rejected).toMatchObject({ row: 3, outcome: 'rejected' })
    // Every reason at once, each naming the column in words.
    expect(rejected?.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Category: "astronomy" is not one of the choices/),
        expect.stringMatching(/^Age to: Write a whole number from 0 to 25/),
        expect.stringMatching(/^Contact 1 phone: Enter a UK phone number/),
      ]),
    )
    expect(created).toMatchObject({
      row: 4,
      outcome: 'created',
      name: 'Holiday club for disabled children',
    })
    expect(body.counts).toMatchObject({ created: 1, updated: 1, rejected: 1 })
    // Nothing is written by a preview.
    expect(await versionCount()).toBe(before)

    const imported = await confirm(csv, body.token)
    expect(imported.status).toBe(200)
    expect(imported.body.counts).toMatchObject({ created: 1, updated: 1, rejected: 1 })

    // The change waits in the moderation queue; the live listing is as it was.
    const draft = await ctx.t.payload.findByID({
      collection: 'services',
      id: listing.id,
      draft: true,
    })
    expect(draft.moderation).toBe('submitted')
    expect(draft.summary).toBe('Free drop-in advice for parents, now on Mondays.')
    expect(draft.contacts[0]?.phone).toBe('0121 496 0999')
    const live = await ctx.t.payload.findByID({ collection: 'services', id: listing.id })
    expect(live.summary).toBe(listing.summary)
    const newListing = await ctx.t.payload.find({
      collection: 'services',
      where: { slug: { equals: 'holiday-club-for-disabled-children' } },
      draft: true,
    })
    expect(newListing.docs[0]).toMatchObject({ _status: 'draft', moderation: 'submitted' })
    const queue = await ctx.t.payload.find({
      collection: 'services',
      draft: true,
      where: { moderation: { equals: 'submitted' } },
      limit: 0,
    })
    expect(queue.docs.map((d) => d.id)).toEqual(
      expect.arrayContaining([listing.id, newListing.docs[0]?.id]),
    )
    // The rejected row wrote nothing.
    const untouched = await ctx.t.payload.findByID({
      collection: 'services',
      id: ctx.world.draftB.id,
      draft: true,
    })
    expect(untouched.category).toBe('health')
  })

  it('refuses a confirmation when a listing changed after the preview', async () => {
    const exported = table(await download('/services/spreadsheet/export?locale=en'))
    const id = ctx.world.draftA.id
    const csv = csvOf(edited(exported, id, 'eligibility', 'Children living in the area.'))
    const { body } = await preview(csv)
    expect(body.rows.find((r) => r.listingId === id)?.outcome).toBe('updated')
    await ctx.t.payload.update({
      collection: 'services',
      id,
      data: { name: 'Renamed meanwhile' },
      draft: true,
    })
    const stale = await confirm(csv, body.token)
    expect(stale.status).toBe(409)
  })

  it('changes the Polish text of a listing in a row whose language is pl', async () => {
    const listing = ctx.world.publishedB
    const rows = table(await download('/services/spreadsheet/export?locale=pl'))
    const csv = csvOf(edited(rows, listing.id, 'name', 'Poradnia logopedyczna'))
    const { body } = await preview(csv)
    const row = body.rows.find((r) => r.listingId === listing.id)
    expect(row).toMatchObject({ outcome: 'updated', locale: 'pl', changes: ['Name'] })
    await confirm(csv, body.token)
    const pl = await ctx.t.payload.findByID({
      collection: 'services',
      id: listing.id,
      draft: true,
      locale: 'pl',
    })
    const en = await ctx.t.payload.findByID({
      collection: 'services',
      id: listing.id,
      draft: true,
      locale: 'en',
    })
    expect(pl.name).toBe('Poradnia logopedyczna')
    expect(en.name).toBe(listing.name)
    expect(pl.moderation).toBe('submitted')
  })

  it('refuses a provider and a signed-out request', async () => {
    const csv = 'id,summary\n1,Changed\n'
    for (const [as, status] of [
      [ctx.world.providerA, 403],
      [undefined, 401],
    ] as const) {
      const response = await api()({
        path: '/services/spreadsheet/preview',
        ...jsonPost({ csv }),
        as,
      })
      expect(response.status).toBe(status)
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect(body.errors[0]?.message).toMatch(/officer/i)
    }
  })
})
