import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseArgs } from '../src/schools/index'
import { decodeGias, readGias } from '../src/schools/readGias'

/** A fictional extract in the GIAS "edubase" format (not real schools). */
const fixture = decodeGias(readFileSync(new URL('./fixtures/gias-sample.csv', import.meta.url)))

describe('reading a Get Information about Schools extract', () => {
  it('keeps the open schools of one authority, any case, one per URN', () => {
    const { schools, rows, skipped } = readGias(fixture, { la: 'westbridge' })
    expect(rows).toBe(11)
    expect(schools.map((s) => s.name)).toEqual([
      'Hollybrook Primary School',
      'Kingsmead Academy',
      'Oakfield Church of England Junior School',
      "St Bartholomew's Catholic High School",
      'Meadowview Community Infant School',
      'Brambleside School',
      'Elmstead Park Nursery School',
      'Hollybrook Primary School',
    ])
    // Foxglove Lane is closed; Ashcombe and Northmoor Academy are in another authority.
    expect(skipped).toBe(3)
  })

  it('keeps closed schools when asked', () => {
    const { schools } = readGias(fixture, { la: 'Westbridge', includeClosed: true })
    expect(schools.map((s) => s.name)).toContain('Foxglove Lane Primary School')
  })

  it('reads the Windows-1252 GIAS serves as well as UTF-8', () => {
    const header = 'URN,LA (name),EstablishmentName,EstablishmentStatus (name)\n'
    const latin1 = Uint8Array.from([...`${header}1,Westbridge,St Mary`].map((c) => c.charCodeAt(0)))
    const bytes = new Uint8Array([
      ...latin1,
      0x92,
      ...[...'s School,Open\n'].map((c) => c.charCodeAt(0)),
    ])
    expect(readGias(decodeGias(bytes), { la: 'Westbridge' }).schools[0]?.name).toBe(
      'St Mary’s School',
    )
  })

  it('says so when the file is not a GIAS extract', () => {
    expect(() => readGias('name,town\nA,B\n', { la: 'Westbridge' })).toThrow(
      /not look like a Get Information about Schools extract: no URN, EstablishmentName/,
    )
  })
})

describe('the import command’s arguments', () => {
  it('needs a file and an authority', () => {
    expect(parseArgs(['--', 'edubase.csv', '--la', 'Westbridge', '--dry-run'])).toEqual({
      file: 'edubase.csv',
      la: 'Westbridge',
      dryRun: true,
      includeClosed: false,
    })
    expect(parseArgs(['edubase.csv'])).toMatch(/--la/)
    expect(parseArgs(['--la=Westbridge'])).toMatch(/^Usage/)
    expect(parseArgs(['a.csv', '--la', 'X', '--force'])).toMatch(/Unknown option --force/)
  })
})
