import { describe, expect, it } from 'vitest'

import { percentile, summariseTimings } from '../../src/benchmark/stats'

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i) // 100 … 1, unsorted

  it('takes the value at the rank, whatever the order', () => {
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile(hundred, 0)).toBe(1)
  })

  it('rounds the rank up on small lists', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20)
    expect(percentile([10, 20, 30], 95)).toBe(30)
    expect(percentile([7], 95)).toBe(7)
  })

  it('refuses an empty list and a percentile out of range', () => {
    expect(() => percentile([], 50)).toThrow(/no values/)
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/)
    expect(() => percentile([1], Number.NaN)).toThrow(/between 0 and 100/)
  })

  it('summarises timings', () => {
    expect(summariseTimings([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p95: 4, max: 4, mean: 2.5 })
  })
})
