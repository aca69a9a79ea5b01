import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import type { Service } from '../../src/payload-types'
import { manyOf, postcode, sameValue, yesNo } from '../../src/plugins/listingSpreadsheets/cellKinds'
import { headerFor } from '../../src/plugins/listingSpreadsheets/columns'
import {
  explanationOf,
  readCsv,
  templateCsv,
  toCsv,
} from '../../src/plugins/listingSpreadsheets/csvFile'
import { listingToRow, type Row } from '../../src/plugins/listingSpreadsheets/listingRow'
import { planRow, type ListingIndex } from '../../src/plugins/listingSpreadsheets/rowPlan'
import { withVocabularies } from '../../src/collections/vocabularies/vocabularyContext'
import { councilVocabularies } from '../../../shared/test/fixtures/councilVocabularies'

/** The spreadsheet's work with the starter vocabularies, as an export or import has them. */
const starter = <T>(work: () => T): T => withVocabularies(councilVocabularies, work)

/** The pure half of listing spreadsheets: cells, the file, and what each row would do. */

const listing: Service = {
  id: 7,
  name: 'Speech and language drop-in',
  summary: 'Free advice sessions for parents.',
  description: {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text: 'First paragraph.', version: 1 }],
        },
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text: '- not a formula', version: 1 }],
        },
      ],
    },
  },
  category: 'health',
  subCategories: ['speech-language-therapy'],
  ageRange: { minimum: 0, maximum: 5 },
  areasOfNeed: ['communication-interaction'],
  languages: ['en', 'pl'],
  access: { routes: ['self-referral'], ehcPlanRequired: false, howToAccess: 'Just come.' },
  cost: { type: 'free' },
  contacts: [{ id: 'c1', name: 'Therapy team', phone: '+44 121 496 0123' }],
  locations: [
    {
      id: 'l1',
      addressLine1: '1 High Street',
      town: 'Westbridge',
      postcode: 'WB1 2AB',
      locality: 'westbridge-central',
    },
  ],
  openingTimes: [{ id: 'o1', days: ['monday', 'tuesday'], opens: '09:00', closes: '12:00' }],
  slug: 'speech-and-language-drop-in',
  organisation: 3,
  lastReviewed: '2026-01-05T00:00:00.000Z',
  updatedAt: '2026-01-05T00:00:00.000Z',
  createdAt: '2026-01-05T00:00:00.000Z',
}

const index: ListingIndex = {
  byId: (_locale, id) => (id === '7' ? listing : undefined),
  bySlug: (_locale, slug) => (slug === listing.slug ? listing : undefined),
  facts: (_listing, locale) => ({ locale, live: true, organisationName: 'Northbrook' }),
  organisationExists: (id) => id === 3,
}

const header = headerFor()
const exported = (): Row => starter(() => listingToRow(listing, index.facts(listing, 'en'), header))
const plan = (row: Row, rowNumber = 2) =>
  starter(() => planRow(rowNumber, row, header, index, new Map()))

describe('cells', () => {
  it('reads yes and no however they are written', () => {
    expect(yesNo.parse(' Yes ')).toEqual({ ok: true, value: true })
    expect(yesNo.parse('')).toEqual({ ok: true, value: false })
    expect(yesNo.parse('maybe')).toMatchObject({
      ok: false,
      problem: 'Write yes or no, not "maybe"',
    })
  })

  it('takes values or labels in a list, and names every unknown one', () => {
    const days = manyOf([
      { value: 'monday', label: 'Monday' },
      { value: 'tuesday', label: 'Tuesday' },
    ])
    expect(days.parse('Monday; tuesday')).toEqual({ ok: true, value: ['monday', 'tuesday'] })
    expect(days.parse('Monday; Caturday; Funday')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^"Caturday", "Funday" are not among the choices/),
    })
  })

  it('stores a postcode in its standard form, so "wb12ab" is the same postcode', () => {
    const written = postcode.parse('wb12ab')
    expect(written).toEqual({ ok: true, value: 'WB1 2AB' })
    expect(sameValue(written.ok ? written.value : null, 'WB1 2AB')).toBe(true)
  })
})

describe('the file', () => {
  it('undoes the export’s formula escaping and skips the template’s explanation row', () => {
    const csv = toCsv([
      ['id', 'contact_1_phone', 'summary'],
      [explanationOf('id'), explanationOf('contact_1_phone'), explanationOf('summary')],
      ['7', '+44 121 496 0123', '=1+1'],
    ])
    expect(csv).toContain("'+44 121 496 0123")
    const file = readCsv(csv)
    expect(file.errors).toEqual([])
    expect(file.rows).toHaveLength(1)
    expect(file.rows[0]).toMatchObject({
      number: 3,
      cells: { id: '7', contact_1_phone: '+44 121 496 0123', summary: '=1+1' },
    })
  })

  it('refuses a file with no id or slug column, or a column twice', () => {
    expect(readCsv('name,name\nA,B\n').errors).toEqual([
      'The column "name" appears twice in the header row.',
      expect.stringMatching(/needs an "id" or "slug" column/),
    ])
  })

  it('says which columns it does not know, and marks a row with a cell too many', () => {
    const file = readCsv('id,colour\n7,blue,extra\n')
    expect(file.notices).toEqual([expect.stringMatching(/"colour" is not one the import knows/)])
    expect(file.rows[0]?.problem).toMatch(/3 cells but the header row has 2/)
  })

  it('explains every column of the template', () => {
    const [head, explanation] = parse(
      starter(() => templateCsv()),
      { bom: true },
    ) as [string[], string[]]
    expect(explanation).toHaveLength(head.length)
    for (const text of explanation) expect(text).not.toBe('')
    expect(head).toEqual(
      expect.arrayContaining(['contact_2_phone', 'education_approach_to_teaching']),
    )
    // Headers are read case-blind, so every column must be written in lower case.
    for (const key of head) expect(key).toBe(key.toLowerCase())
  })
})

describe('what a row would do', () => {
  it('a listing as exported is unchanged', () => {
    expect(plan(exported())).toMatchObject({ outcome: 'unchanged', listingId: 7, reasons: [] })
  })

  it('an edited summary and a new opening time are an update naming both', () => {
    const row = { ...exported(), summary: 'Advice sessions, now on Fridays too.' }
    const result = plan({ ...row, opening_1_days: 'monday; tuesday; friday' })
    expect(result).toMatchObject({
      outcome: 'updated',
      changes: ['Summary', 'Opening time 1 days'],
    })
    // The list keeps its item ids, so the other languages' text stays with each item.
    expect(result.data?.openingTimes).toEqual([
      expect.objectContaining({ id: 'o1', days: ['monday', 'tuesday', 'friday'] }),
    ])
  })

  it('a second contact is a change in the number of contacts', () => {
    const row = { ...exported(), contact_2_name: 'Reception', contact_2_phone: '0121 496 0000' }
    expect(
      starter(() => planRow(2, row, headerFor({ contact: 2 }), index, new Map())),
    ).toMatchObject({
      outcome: 'updated',
      changes: ['Contacts: 2 instead of 1'],
    })
  })

  it('gives every reason at once for a bad row', () => {
    const result = plan({
      ...exported(),
      category: 'astronomy',
      age_from: '12',
      age_to: '9',
      contact_1_email: 'not an email',
      location_1_postcode: '',
      opening_1_closes: '08:00',
    })
    expect(result.outcome).toBe('rejected')
    expect(result.reasons).toEqual([
      expect.stringMatching(/^Category: "astronomy" is not one of the choices/),
      'Contact 1 e-mail: Enter an email address in the correct format, like name@example.org.uk',
      'Location 1 postcode: Fill this in',
      'Opening time 1: the closing time (08:00) must be later than the opening time (09:00)',
      'Age to (9) must be the same as or more than age from (12)',
    ])
  })

  it('a new listing must come in English, with an organisation that exists', () => {
    const result = plan({
      ...exported(),
      id: '',
      slug: 'a-new-one',
      locale: 'pl',
      organisation_id: '99',
    })
    expect(result.outcome).toBe('rejected')
    expect(result.reasons).toEqual([
      expect.stringMatching(/^Language: a new listing is added in English/),
      'Organisation ID: no organisation has the ID 99. Find it under Organisations',
    ])
  })

  it('a row with no ID is matched by its slug', () => {
    expect(plan({ ...exported(), id: '' })).toMatchObject({ outcome: 'unchanged', listingId: 7 })
    expect(plan({ ...exported(), id: '', slug: 'something-new' })).toMatchObject({
      outcome: 'created',
      changes: [],
      data: expect.objectContaining({ slug: 'something-new', organisation: 3 }),
    })
  })

  it('refuses an unknown ID and a second row for the same listing', () => {
    expect(plan({ ...exported(), id: '404' }).reasons).toContain(
      'No listing has the ID 404. Leave the ID empty to add a new listing.',
    )
    const seen = new Map<string, number>()
    starter(() => planRow(2, exported(), header, index, seen))
    expect(starter(() => planRow(5, exported(), header, index, seen)).reasons).toEqual([
      'Row 2 already changes this listing in this language: keep one row per listing and language',
    ])
  })
})
