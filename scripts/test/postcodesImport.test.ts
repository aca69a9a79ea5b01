import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { parseArgs } from '../src/postcodes/index.js'
import {
  detectFormat,
  fromBritishNationalGrid,
  readPostcodeFile,
  type PostcodeCentroid,
} from '../src/postcodes/readPostcodes.js'

const ons = fileURLToPath(new URL('./fixtures/onspd-sample.csv', import.meta.url))
const codePoint = fileURLToPath(new URL('./fixtures/codepoint-sample.csv', import.meta.url))

async function readAll(file: string, filter = {}, batchSize = 2) {
  const batches: PostcodeCentroid[][] = []
  const progress: number[] = []
  const result = await readPostcodeFile(file, filter, {
    batchSize,
    onBatch: async (batch) => {
      batches.push([...batch])
    },
    onProgress: ({ lines }) => progress.push(lines),
  })
  return { result, batches, progress, all: batches.flat() }
}

describe('reading the ONS Postcode Directory', () => {
  it('keeps postcodes with a place, in batches, counting lines', async () => {
    const { result, batches, progress, all } = await readAll(ons)
    expect(result.format).toBe('ons')
    expect(result).toMatchObject({ lines: 5, kept: 4, skipped: 1 })
    expect(batches.map((b) => b.length)).toEqual([2, 2])
    expect(progress.at(-1)).toBe(5)
    expect(all.find((c) => c.postcode === 'SW1A 1AA')).toEqual({
      postcode: 'SW1A 1AA',
      district: 'SW1A',
      latitude: 51.50101,
      longitude: -0.14159,
    })
    // 99.999999 is the ONS's "no grid reference": never a place.
    expect(all.some((c) => c.postcode === 'WB9 1ZZ')).toBe(false)
  })

  it('keeps only the chosen districts or local authority', async () => {
    const byDistrict = await readAll(ons, { districts: ['WB1', 'WB2'] })
    expect(byDistrict.all.map((c) => c.postcode)).toEqual(['WB1 2AB', 'WB2 7QX'])
    const byLa = await readAll(ons, { la: 'e09000021' })
    expect(byLa.all.map((c) => c.postcode)).toEqual(['KT2 6PL'])
  })
})

describe('reading OS Code-Point Open', () => {
  it('converts eastings and northings to latitude and longitude with proj4', async () => {
    const { result, all } = await readAll(codePoint)
    expect(result.format).toBe('codepoint')
    expect(result).toMatchObject({ lines: 3, kept: 2, skipped: 1 })
    // Buckingham Palace: the ONS gives 51.501009, -0.141588 for E 529090, N 179645.
    const palace = all.find((c) => c.postcode === 'SW1A 1AA')
    expect(palace?.latitude).toBeCloseTo(51.50101, 3)
    expect(palace?.longitude).toBeCloseTo(-0.14159, 3)
  })

  it('agrees with the ONS to within 20 metres', () => {
    const { latitude, longitude } = fromBritishNationalGrid(529090, 179645)
    expect(Math.abs(latitude - 51.501009)).toBeLessThan(0.0002)
    expect(Math.abs(longitude - -0.141588)).toBeLessThan(0.0003)
  })
})

describe('the file and the arguments', () => {
  it('refuses a file that is neither format', () => {
    expect(() => detectFormat('URN,EstablishmentName')).toThrow(/neither an ONS/)
  })

  it('reads the arguments and says what is wrong', () => {
    expect(parseArgs(['--', 'x.csv', '--dry-run', '--district', 'wb1,WB2'])).toEqual({
      file: 'x.csv',
      dryRun: true,
      districts: ['WB1', 'WB2'],
      la: undefined,
    })
    expect(parseArgs(['x.csv', '--la=E09000027'])).toMatchObject({ la: 'E09000027' })
    expect(parseArgs(['x.csv', '--la', 'Westbridge'])).toMatch(/GSS code/)
    expect(parseArgs(['x.csv', '--district', 'WB1 2AB'])).toMatch(/--district/)
    expect(parseArgs(['x.csv', '--la', 'E09000027', '--district', 'WB1'])).toMatch(/not both/)
    expect(parseArgs([])).toMatch(/^Usage/)
  })
})
