/**
 * Reads the DfE's "Get Information about Schools" (GIAS) establishment extract, the
 * "edubase" CSV (Open Government Licence v3.0): one row per establishment, with columns such as
 * `URN`, `EstablishmentName`, `EstablishmentStatus (name)` and `LA (name)`.
 */
import { parse } from 'csv-parse/sync'
import { z } from 'zod'

export interface GiasSchool {
  readonly urn: string
  readonly name: string
}

export interface GiasFilter {
  /** The council's local authority as GIAS names it ("Westbridge"); any case. */
  readonly la: string
  /** Keep closed establishments too (a family may still name the school their child left). */
  readonly includeClosed?: boolean
}

export interface GiasReadResult {
  readonly schools: readonly GiasSchool[]
  readonly rows: number
  /** Rows of other authorities, closed or without a name. */
  readonly skipped: number
}

const REQUIRED_COLUMNS = ['URN', 'EstablishmentName', 'EstablishmentStatus (name)', 'LA (name)']

const row = z.object({
  URN: z.string().trim(),
  EstablishmentName: z.string().trim(),
  'EstablishmentStatus (name)': z.string().trim(),
  'LA (name)': z.string().trim(),
})

/** Statuses of establishments that children attend or are about to. */
const OPEN_STATUSES = new Set(['open', 'open, but proposed to close', 'proposed to open'])

/**
 * GIAS serves its extract in Windows-1252, not UTF-8; a file someone re-saved may be UTF-8.
 * Decodes it either way, so "Ysgol Gymraeg Bro Ŵyr" and "St Mary’s" survive.
 */
export function decodeGias(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** The schools of one local authority in a GIAS extract, one per URN. */
export function readGias(csv: string, filter: GiasFilter): GiasReadResult {
  const records: unknown[] = parse(csv, { columns: true, skip_empty_lines: true, bom: true })
  const first = records[0]
  if (first !== undefined && typeof first === 'object' && first !== null) {
    const missing = REQUIRED_COLUMNS.filter((column) => !(column in first))
    if (missing.length > 0) {
      throw new Error(
        `This does not look like a Get Information about Schools extract: no ${missing.join(', ')} column.`,
      )
    }
  }
  const la = filter.la.trim().toLowerCase()
  const byUrn = new Map<string, GiasSchool>()
  let skipped = 0
  for (const [index, record] of records.entries()) {
    const parsed = row.safeParse(record)
    if (!parsed.success) throw new Error(`Row ${index + 2}: ${parsed.error.issues[0]?.message}`)
    const r = parsed.data
    const open = OPEN_STATUSES.has(r['EstablishmentStatus (name)'].toLowerCase())
    if (
      r['LA (name)'].toLowerCase() !== la ||
      !r.EstablishmentName ||
      !r.URN ||
      (!open && !filter.includeClosed)
    ) {
      skipped++
      continue
    }
    byUrn.set(r.URN, { urn: r.URN, name: r.EstablishmentName })
  }
  return { schools: [...byUrn.values()], rows: records.length, skipped }
}
