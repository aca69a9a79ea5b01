import { addDays } from 'date-fns/addDays'
import { subMonths } from 'date-fns/subMonths'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  dayKey,
  defaultReviewSettings,
  effectiveIntervalMonths,
  reviewPlanOn,
  storedReviewStatus,
  toDay,
} from '../../src/review/schedule'
import { formatInEngland } from '../../src/format/formatInEngland'

const due = new Date(2027, 2, 15) // 15 March 2027
const lastReviewed = subMonths(due, 12)
const planOn = (daysFromDue: number) =>
  reviewPlanOn(lastReviewed, 12, 60, addDays(due, daysFromDue))

describe('the review schedule', () => {
  it.each([
    [-31, null, 'current'],
    [-30, 'provider-30-days', 'due-soon'],
    [-8, 'provider-30-days', 'due-soon'],
    [-7, 'provider-7-days', 'due-soon'],
    [-1, 'provider-7-days', 'due-soon'],
    [0, null, 'overdue'],
    [13, null, 'overdue'],
    [14, 'officer-14-days-overdue', 'overdue'],
    [59, 'officer-14-days-overdue', 'overdue'],
    [60, null, 'overdue'],
  ])('%i days from the due date: reminder %s, state %s', (days, reminder, state) => {
    const plan = planOn(days)
    expect(plan.reminder).toBe(reminder)
    expect(plan.state).toBe(state)
    expect(plan.withdraw).toBe(days >= 60)
  })

  it('uses the listing’s interval, else its category’s, else the default', () => {
    const settings = {
      ...defaultReviewSettings,
      categoryIntervals: [{ category: 'short-breaks', intervalMonths: 6 }],
    }
    expect(effectiveIntervalMonths({ category: 'health', reviewIntervalMonths: 3 }, settings)).toBe(
      3,
    )
    expect(effectiveIntervalMonths({ category: 'short-breaks' }, settings)).toBe(6)
    expect(
      effectiveIntervalMonths({ category: 'health', reviewIntervalMonths: null }, settings),
    ).toBe(12)
  })

  it('keeps a withdrawn listing withdrawn until its review date moves on', () => {
    expect(storedReviewStatus('overdue', 'withdrawn')).toBe('withdrawn')
    expect(storedReviewStatus('current', 'withdrawn')).toBe('current')
    expect(storedReviewStatus('overdue', 'due-soon')).toBe('overdue')
  })
})

describe('review days on a server in UTC', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'UTC')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('names days and "today" by the calendar in England', () => {
    expect(dayKey(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01')
    expect(dayKey(toDay('2026-07-01'))).toBe('2026-07-01')
    expect(toDay('2026-07-01').toISOString()).toBe('2026-06-30T23:00:00.000Z')
  })
})

describe('formatInEngland', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'UTC')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('shows dates and times as they are in England on a server in UTC', () => {
    expect(formatInEngland('2026-06-30T23:00:00.000Z', 'd MMMM yyyy')).toBe('1 July 2026')
    expect(formatInEngland(new Date('2026-12-01T09:30:00Z'), 'd MMMM yyyy, HH:mm')).toBe(
      '1 December 2026, 09:30',
    )
  })
})
