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
