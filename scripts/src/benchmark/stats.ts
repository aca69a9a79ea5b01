/** Small statistics for timings. */

/** The p-th percentile (0–100) by the nearest-rank method; throws on an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values')
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is not between 0 and 100`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

export interface TimingSummary {
  count: number
  p50: number
  p95: number
  max: number
  mean: number
}

export function summariseTimings(values: readonly number[]): TimingSummary {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
  }
}
