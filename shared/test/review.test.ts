import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

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

describe('review dates on a server that runs in UTC', () => {
  // Hosting often runs in UTC; families and providers live by the clock in England.
  beforeAll(() => {
    vi.stubEnv('TZ', 'UTC')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('counts a review as due from midnight in England, during British Summer Time', () => {
    const halfPastMidnightInLondon = new Date('2026-06-30T23:30:00Z')
    expect(reviewState('2025-07-01', 12, halfPastMidnightInLondon)).toBe('overdue')
    expect(reviewState('2025-07-01', 12, new Date('2026-06-30T22:30:00Z'))).toBe('due-soon')
  })

  it('puts the due date at the start of the day in England', () => {
    expect(reviewDueDate('2025-07-01', 12).toISOString()).toBe('2026-06-30T23:00:00.000Z')
    expect(reviewDueDate('2025-01-15', 12).toISOString()).toBe('2026-01-15T00:00:00.000Z')
  })
})
