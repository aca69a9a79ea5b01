import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  appealDeadline,
  daysBetween,
  ehcTimeline,
  isCalendarDate,
  lastDayOfPeriodBeginning,
  monthsAfter,
  todayInEngland,
  weeksAfter,
} from '../src/ehcTimeline.js'

const due = (result: ReturnType<typeof ehcTimeline>) => {
  if (!result.ok) throw new Error(`expected dates, got ${JSON.stringify(result.problems)}`)
  return Object.fromEntries(result.steps.map((step) => [step.id, step.due]))
}

describe('the 6, 16 and 20 weeks (reg 5(1), 10(1), 13(2))', () => {
  it('counts whole weeks from the day the request was received', () => {
    expect(due(ehcTimeline({ requestDate: '2026-01-12', today: '2026-01-12' }))).toEqual({
      decisionToAssess: '2026-02-23',
      noPlanNotice: '2026-05-04',
      finalPlan: '2026-06-01',
    })
  })

  it('counts a request received on a Sunday from that Sunday, so each deadline is a Sunday', () => {
    const dates = due(ehcTimeline({ requestDate: '2026-03-01', today: '2026-03-01' }))
    expect(dates).toEqual({
      decisionToAssess: '2026-04-12',
      noPlanNotice: '2026-06-21',
      finalPlan: '2026-07-19',
    })
    for (const date of Object.values(dates))
      expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(0)
  })

  it('does not move a deadline for bank holidays: they count like any other day', () => {
    // 25, 28 December 2026 and 1 January 2027 are bank holidays in England: 6 weeks is still 42 days.
    expect(weeksAfter('2026-12-21', 6)).toBe('2027-02-01')
    // Good Friday 3 April and Easter Monday 6 April 2026, early May bank holiday 4 May 2026.
    expect(weeksAfter('2026-03-30', 6)).toBe('2026-05-11')
    expect(daysBetween('2026-03-30', weeksAfter('2026-03-30', 20))).toBe(140)
  })

  it('keeps the same date across the clock changes (last Sundays of March and October)', () => {
    expect(weeksAfter('2026-03-28', 1)).toBe('2026-04-04')
    expect(weeksAfter('2026-03-29', 6)).toBe('2026-05-10')
    expect(weeksAfter('2026-10-24', 1)).toBe('2026-10-31')
    expect(weeksAfter('2026-10-25', 16)).toBe('2027-02-14')
  })

  it('gives the same dates on a device set to another time zone', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles')
    try {
      expect(weeksAfter('2026-03-29', 6)).toBe('2026-05-10')
      expect(monthsAfter('2026-10-25', 2)).toBe('2026-12-25')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('crosses 29 February in a leap year', () => {
    expect(weeksAfter('2028-02-01', 6)).toBe('2028-03-14')
    expect(weeksAfter('2027-02-01', 6)).toBe('2027-03-15')
  })
})

describe('the draft plan: at least 15 days, the day served being day 1 (reg 13(1)(a))', () => {
  it('ends 14 days after the day it was served', () => {
    expect(lastDayOfPeriodBeginning('2026-05-01', 15)).toBe('2026-05-15')
    expect(
      due(
        ehcTimeline({
          requestDate: '2026-01-12',
          draftPlanDate: '2026-04-20',
          today: '2026-01-12',
        }),
      ).draftPlanComments,
    ).toBe('2026-05-04')
  })

  it('runs over a month end and 29 February', () => {
    expect(lastDayOfPeriodBeginning('2028-02-20', 15)).toBe('2028-03-05')
    expect(lastDayOfPeriodBeginning('2027-02-20', 15)).toBe('2027-03-06')
  })
})

describe('the appeal: 2 months from the decision, or 1 month from the mediation certificate if later (HESC rule 20(1)(c))', () => {
  it('falls on the same day number two months on', () => {
    expect(appealDeadline('2026-03-10')).toEqual({ due: '2026-05-10', countedFrom: 'decision' })
  })

  it('clamps to the end of a shorter month', () => {
    expect(monthsAfter('2026-12-31', 2)).toBe('2027-02-28')
    expect(monthsAfter('2027-12-31', 2)).toBe('2028-02-29')
    expect(monthsAfter('2026-08-31', 1)).toBe('2026-09-30')
  })

  it('counts from 29 February in a leap year to 29 April', () => {
    expect(monthsAfter('2028-02-29', 2)).toBe('2028-04-29')
    expect(monthsAfter('2028-01-29', 1)).toBe('2028-02-29')
    expect(monthsAfter('2027-01-29', 1)).toBe('2027-02-28')
  })

  it('uses the mediation certificate only when it gives the later date', () => {
    expect(appealDeadline('2026-03-10', '2026-04-20')).toEqual({
      due: '2026-05-20',
      countedFrom: 'mediationCertificate',
    })
    expect(appealDeadline('2026-03-10', '2026-03-20')).toEqual({
      due: '2026-05-10',
      countedFrom: 'decision',
    })
    // Equal dates: the decision's date stands (the certificate gives nothing later).
    expect(appealDeadline('2026-03-10', '2026-04-10').countedFrom).toBe('decision')
  })

  it('is in the timeline only when the decision date is known, with both sources when the certificate counts', () => {
    const without = ehcTimeline({ requestDate: '2026-01-12', today: '2026-01-12' })
    expect(without.ok && without.steps.some((step) => step.id === 'appeal')).toBe(false)
    const result = ehcTimeline({
      requestDate: '2026-01-12',
      decisionDate: '2026-02-20',
      mediationCertificateDate: '2026-04-01',
      today: '2026-01-12',
    })
    if (!result.ok) throw new Error('expected dates')
    const appeal = result.steps.find((step) => step.id === 'appeal')
    expect(appeal?.due).toBe('2026-05-01')
    expect(appeal?.sources.map((source) => source.provision)).toEqual([
      'rule 20(1)(c)(i)',
      'rule 20(1)(c)(ii)',
    ])
  })
})

describe('the timeline', () => {
  it('lists the steps in date order and says which have passed', () => {
    const result = ehcTimeline({
      requestDate: '2026-01-12',
      draftPlanDate: '2026-04-20',
      decisionDate: '2026-06-01',
      today: '2026-05-04',
    })
    if (!result.ok) throw new Error('expected dates')
    expect(result.steps.map((step) => [step.id, step.passed])).toEqual([
      ['decisionToAssess', true],
      ['noPlanNotice', false],
      ['draftPlanComments', false],
      ['finalPlan', false],
      ['appeal', false],
    ])
    expect(result.steps.find((s) => s.id === 'noPlanNotice')?.hasExceptions).toBe(true)
    expect(result.steps.find((s) => s.id === 'draftPlanComments')?.hasExceptions).toBe(false)
  })

  it('counts the deadline day itself as not yet passed', () => {
    const result = ehcTimeline({ requestDate: '2026-01-12', today: '2026-02-23' })
    expect(result.ok && result.steps[0]).toMatchObject({ id: 'decisionToAssess', passed: false })
    const dayAfter = ehcTimeline({ requestDate: '2026-01-12', today: '2026-02-24' })
    expect(dayAfter.ok && dayAfter.steps[0]?.passed).toBe(true)
  })

  it('refuses dates that do not exist and dates before the request, naming the field', () => {
    expect(ehcTimeline({ requestDate: '2026-02-30' })).toEqual({
      ok: false,
      problems: [{ field: 'requestDate', problem: 'invalid' }],
    })
    expect(ehcTimeline({ requestDate: '2027-02-29' }).ok).toBe(false)
    expect(ehcTimeline({ requestDate: '12/01/2026' }).ok).toBe(false)
    expect(
      ehcTimeline({
        requestDate: '2026-03-01',
        draftPlanDate: '2026-02-01',
        decisionDate: '2026-04-01',
        mediationCertificateDate: '2026-03-15',
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'draftPlanDate', problem: 'beforeRequest' },
        { field: 'mediationCertificateDate', problem: 'beforeDecision' },
      ],
    })
  })

  it('knows a real date from a made-up one', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate(20260101)).toBe(false)
  })
})

describe('today in England', () => {
  beforeEach(() => vi.stubEnv('TZ', 'UTC'))
  afterEach(() => vi.unstubAllEnvs())

  it('is already tomorrow at half past midnight in British Summer Time', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01')
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31')
  })
})
