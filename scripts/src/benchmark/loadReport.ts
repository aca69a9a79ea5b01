import type { MemoryFigures } from './memory.js'

/** What the content loader (its own process) tells the benchmark, on one line of its output. */
export const LOAD_REPORT_PREFIX = 'BENCHMARK_LOAD '

export interface LoadReport {
  listings: number
  seconds: number
  listingsPerSecond: number
  /** The loader process's resident memory (RSS) while it wrote. */
  memory: MemoryFigures
}

/** What the import timer (its own process) tells the benchmark, on one line of its output. */
export const IMPORT_REPORT_PREFIX = 'BENCHMARK_IMPORT '

export interface ImportRateReport {
  records: number
  created: number
  /** How many were written together (the importer's bulk path). */
  writtenTogether: number
  /** The import's time, not the feed's reading. */
  seconds: number
  recordsPerSecond: number
  /** Reading the feed from the API, before the import. */
  readSeconds: number
  memory: MemoryFigures
}
