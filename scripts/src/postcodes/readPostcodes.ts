/**
 * Reads postcode centroids from the two open files a council can download (Open Government
 * Licence v3.0), streaming, so the 2.7 million-row ONS file never sits in memory:
 *
 * - the ONS Postcode Directory (ONSPD) CSV: a header row with `pcds` (postcode), `lat`, `long`,
 *   `oslaua` (local authority code) among ~50 columns; `lat` 99.999999 means "no grid reference";
 * - OS Code-Point Open: one CSV per postcode area, no header; columns Postcode,
 *   Positional_quality_indicator, Eastings, Northings, Country_code, NHS_regional_HA_code,
 *   NHS_HA_code, Admin_county_code, Admin_district_code, Admin_ward_code. Eastings/northings are
 *   British National Grid (EPSG:27700), converted to WGS84 with proj4.
 */
import { createReadStream } from 'node:fs'

import { isOnTheGlobe, parsePostcode, postcodeDistrict, roundCoordinate } from '@local-offer/shared'
import { parse } from 'csv-parse'
import proj4 from 'proj4'

export type PostcodeFormat = 'ons' | 'codepoint'

export interface PostcodeCentroid {
  readonly postcode: string
  readonly district: string
  readonly latitude: number
  readonly longitude: number
}

export interface PostcodeFilter {
  /** Keep only these districts (outward codes, e.g. WB1). */
  readonly districts?: readonly string[]
  /** Keep only this local authority (ONS `oslaua` / Code-Point Admin_district_code, e.g. E09000027). */
  readonly la?: string
}

export interface ReadProgress {
  /** Data lines read so far (the header not counted). */
  readonly lines: number
  readonly kept: number
  readonly skipped: number
}

/**
 * British National Grid with the OSTN15-free 7-parameter Helmert shift (towgs84): accurate to a
 * few metres, far inside a postcode centroid's own precision. The definition is EPSG's.
 */
const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs'
const toWgs84 = proj4(BRITISH_NATIONAL_GRID, 'WGS84')

/** Eastings and northings (metres) → latitude/longitude. */
export function fromBritishNationalGrid(
  easting: number,
  northing: number,
): { latitude: number; longitude: number } {
  const [longitude, latitude] = toWgs84.forward([easting, northing])
  return { latitude: latitude!, longitude: longitude! }
}

/** The format from the first line: ONSPD has a header naming pcds, lat and long; Code-Point has none. */
export function detectFormat(firstLine: string): PostcodeFormat {
  const columns = firstLine
    .toLowerCase()
    .replace(/"/g, '')
    .split(',')
    .map((c) => c.trim())
  if (columns.includes('pcds') && columns.includes('lat') && columns.includes('long')) return 'ons'
  if (columns.length >= 4 && parsePostcode(columns[0]) && /^\d+$/.test(columns[2] ?? '')) {
    return 'codepoint'
  }
  throw new Error(
    'This is neither an ONS Postcode Directory CSV (a header with pcds, lat and long) nor an OS Code-Point Open CSV (postcode, quality, eastings, northings, …).',
  )
}

function wanted(centroid: PostcodeCentroid, la: string, filter: PostcodeFilter): boolean {
  if (
    filter.districts &&
    filter.districts.length > 0 &&
    !filter.districts.includes(centroid.district)
  )
    return false
  if (filter.la && la.toUpperCase() !== filter.la.toUpperCase()) return false
  return true
}

/** One row → a centroid, or null when it has no usable postcode or place. */
export function centroidFromRow(
  format: PostcodeFormat,
  row: Record<string, string> | string[],
): { centroid: PostcodeCentroid; la: string } | null {
  if (format === 'ons') {
    const r = row as Record<string, string>
    const postcode = parsePostcode(r.pcds)
    const latitude = Number(r.lat)
    const longitude = Number(r.long)
    if (!postcode || !r.lat || !r.long || !isOnTheGlobe(latitude, longitude)) return null
    return {
      centroid: {
        postcode,
        district: postcodeDistrict(postcode),
        latitude: roundCoordinate(latitude),
        longitude: roundCoordinate(longitude),
      },
      la: r.oslaua ?? '',
    }
  }
  const r = row as string[]
  const postcode = parsePostcode(r[0])
  const easting = Number(r[2])
  const northing = Number(r[3])
  // Quality 90 is "no coordinates"; 0/0 is how Code-Point writes them.
  if (!postcode || r[1]?.trim() === '90' || !easting || !northing) return null
  const { latitude, longitude } = fromBritishNationalGrid(easting, northing)
  if (!isOnTheGlobe(latitude, longitude)) return null
  return {
    centroid: {
      postcode,
      district: postcodeDistrict(postcode),
      latitude: roundCoordinate(latitude),
      longitude: roundCoordinate(longitude),
    },
    la: r[8] ?? '',
  }
}

/**
 * Streams the file's centroids in batches. `onBatch` is awaited before reading on (so writes
 * keep pace with reading); `onProgress` is told the lines read after each batch and at the end.
 */
export async function readPostcodeFile(
  file: string,
  filter: PostcodeFilter,
  options: {
    batchSize?: number
    onBatch: (batch: PostcodeCentroid[], format: PostcodeFormat) => Promise<void>
    onProgress?: (progress: ReadProgress) => void
  },
): Promise<ReadProgress & { format: PostcodeFormat }> {
  const batchSize = options.batchSize ?? 500
  const format = detectFormat(await firstLineOf(file))
  const parser = createReadStream(file).pipe(
    parse({
      columns: format === 'ons' ? true : false,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }),
  )
  let lines = 0
  let kept = 0
  let skipped = 0
  let batch: PostcodeCentroid[] = []
  for await (const row of parser as AsyncIterable<Record<string, string> | string[]>) {
    lines++
    const read = centroidFromRow(format, row)
    if (!read || !wanted(read.centroid, read.la, filter)) {
      skipped++
      continue
    }
    kept++
    batch.push(read.centroid)
    if (batch.length >= batchSize) {
      await options.onBatch(batch, format)
      batch = []
      options.onProgress?.({ lines, kept, skipped })
    }
  }
  if (batch.length > 0) await options.onBatch(batch, format)
  options.onProgress?.({ lines, kept, skipped })
  return { lines, kept, skipped, format }
}

async function firstLineOf(file: string): Promise<string> {
  const stream = createReadStream(file, { encoding: 'utf8', start: 0, end: 4095 })
  let text = ''
  for await (const chunk of stream) text += chunk as string
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''
}
