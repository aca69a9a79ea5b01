import { describe, expect, it } from 'vitest'

import { reviewDueDate, reviewState } from '../src/index.js'

describe('review dates', () => {
  const now = new Date('2026-11-22T10:00:00Z')
  it('falls due the interval after the last review', () => {
    expect(reviewDueDate('2025-11-22T09:00:00Z', 12).toISOString().slice(0, 10)).toBe('2026-11-22')
  })
  it.each([
    ['2026-01-10T00:00:00Z', 'current'],
    ['2025-12-15T00:00:00Z', 'due-soon'],
    ['2025-11-22T00:00:00Z', 'overdue'],
    ['2024-06-01T00:00:00Z', 'overdue'],
  ])('last reviewed %s → %s', (lastReviewed, state) => {
    expect(reviewState(lastReviewed, 12, now)).toBe(state)
  })
})
