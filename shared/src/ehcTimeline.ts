/**
 * The legal timescales of an EHC needs assessment in England, and the dates they give for one
 * family. Pure rules: nothing here stores, sends or formats anything; the site's timeline island
 * formats the dates in the family's language.
 *
 * Every number sits beside the provision that sets it (checked against the text on
 * legislation.gov.uk):
 *   - SEND Regulations 2014 (SI 2014/1530) reg 5(1): decision whether to assess, 6 weeks from the
 *     request; exceptions reg 5(4).
 *   - reg 10(1): notice that no EHC plan will be issued, 16 weeks from the request; exceptions
 *     reg 10(4)(a)-(d).
 *   - reg 13(1)(a): at least 15 days to comment on the draft plan, "beginning with the day on which
 *     the draft plan was served" (so that day is day 1).
 *   - reg 13(2): final plan, 20 weeks from the request; exceptions reg 13(3) (the reg 10(4) reasons).
 *   - Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008 (SI 2008/2699)
 *     rule 20(1)(c): appeal within 2 months after the decision letter was sent, or within 1 month
 *     from the date the mediation certificate was issued if that is later.
 *
 * Dates are calendar dates in England (Europe/London), written yyyy-mm-dd. The regulations count
 * in weeks and days of the calendar: weekends and bank holidays count like any other day, and a
 * clock change moves no deadline. Months follow the corresponding-date rule: the same day number
 * in the later month, or that month's last day when it has no such day (31 December + 2 months is
 * 28 or 29 February).
 */
import { tz, TZDate } from '@date-fns/tz'
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'

export const EHC_TIME_ZONE = 'Europe/London'
const inEngland = tz(EHC_TIME_ZONE)

/** A calendar date in England, yyyy-mm-dd. */
export type CalendarDate = string

/** Where a number comes from: the instrument and the provision in it. */
export interface LegalSource {
  readonly instrument: 'SEND Regulations 2014' | 'Tribunal Procedure (HESC) Rules 2008'
  readonly provision: string
}

export const ehcTimescales = {
  /** The council tells you whether it will assess. */
  decisionToAssess: {
    weeks: 6,
    from: 'request',
    source: { instrument: 'SEND Regulations 2014', provision: 'reg 5(1)' },
    exceptions: { instrument: 'SEND Regulations 2014', provision: 'reg 5(4)' },
  },
  /** After assessing, the council tells you it will not issue a plan. */
  noPlanNotice: {
    weeks: 16,
    from: 'request',
    source: { instrument: 'SEND Regulations 2014', provision: 'reg 10(1)' },
    exceptions: { instrument: 'SEND Regulations 2014', provision: 'reg 10(4)' },
  },
  /** The time to comment on a draft plan and ask for a school or college, counting the day served as day 1. */
  draftPlanComments: {
    days: 15,
    from: 'draft plan served',
    source: { instrument: 'SEND Regulations 2014', provision: 'reg 13(1)(a)' },
  },
  /** The final plan is sent. */
  finalPlan: {
    weeks: 20,
    from: 'request',
    source: { instrument: 'SEND Regulations 2014', provision: 'reg 13(2)' },
    exceptions: { instrument: 'SEND Regulations 2014', provision: 'reg 13(3)' },
  },
  /** Appeal to the First-tier Tribunal (SEND), from the decision letter. */
  appealFromDecision: {
    months: 2,
    from: 'decision letter sent',
    source: { instrument: 'Tribunal Procedure (HESC) Rules 2008', provision: 'rule 20(1)(c)(i)' },
  },
  /** …or from the mediation certificate, when that gives a later date. */
  appealFromMediationCertificate: {
    months: 1,
    from: 'mediation certificate issued',
    source: { instrument: 'Tribunal Procedure (HESC) Rules 2008', provision: 'rule 20(1)(c)(ii)' },
  },
} as const satisfies Record<
  string,
  {
    weeks?: number
    days?: number
    months?: number
    from: string
    source: LegalSource
    exceptions?: LegalSource
  }
>

/**
 * The reasons the council may go past the 6, 16 and 20 weeks (reg 5(4), 10(4), 13(3)); the site
 * explains each in plain words. Even then it must act as soon as it practicably can.
 */
export const ehcTimescaleExceptions = [
  /** reg 10(4)(a)-(b): advice asked of a school, college or nursery closed ≥4 weeks in a row (the summer holiday), or in the week before it closed. */
  'setting-closed',
  /** reg 10(4)(c): exceptional personal circumstances affect the child, parent or young person. */
  'personal-circumstances',
  /** reg 10(4)(d): the child, parent or young person away from the council's area ≥4 weeks in a row. */
  'away-from-area',
] as const

export type EhcTimescaleException = (typeof ehcTimescaleExceptions)[number]

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Midnight in England on `date`, or undefined when it is not a real yyyy-mm-dd date. */
function startOfDateInEngland(date: CalendarDate): Date | undefined {
  const match = ISO_DATE.exec(date)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const start = new TZDate(year, month - 1, day, EHC_TIME_ZONE)
  // 2026-02-30 would roll over to 2 March: refuse it rather than guess.
  if (!isValid(start) || start.getDate() !== day || start.getMonth() !== month - 1) return undefined
  return start
}

function toCalendarDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd', { in: inEngland })
}

/** Whether `value` is a real calendar date written yyyy-mm-dd (what a date field gives). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && startOfDateInEngland(value) !== undefined
}

function parse(date: CalendarDate, what: string): Date {
  const start = startOfDateInEngland(date)
  if (!start) throw new RangeError(`${what} must be a real date written yyyy-mm-dd, not "${date}".`)
  return start
}

/** `date` plus whole weeks: the same weekday, bank holidays and clock changes included. */
export function weeksAfter(date: CalendarDate, weeks: number): CalendarDate {
  return toCalendarDate(addWeeks(parse(date, 'The date'), weeks, { in: inEngland }))
}

/** The last day of a period of `days` days that begins with (and counts) `date`. */
export function lastDayOfPeriodBeginning(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(addDays(parse(date, 'The date'), days - 1, { in: inEngland }))
}

/** `date` plus calendar months, on the corresponding date or the month's last day. */
export function monthsAfter(date: CalendarDate, months: number): CalendarDate {
  return toCalendarDate(addMonths(parse(date, 'The date'), months, { in: inEngland }))
}

/** Days from `from` to `to` on the calendar in England (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(parse(to, 'The date'), parse(from, 'The date'), {
    in: inEngland,
  })
}

/** Today's date in England, whatever zone the device is set to. */
export function todayInEngland(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now)
}

export type EhcStepId =
  'decisionToAssess' | 'noPlanNotice' | 'draftPlanComments' | 'finalPlan' | 'appeal'

/** The steps in the order the law expects them, with the provisions that set each one. */
export const ehcSteps = [
  { id: 'decisionToAssess', sources: [ehcTimescales.decisionToAssess.source], hasExceptions: true },
  { id: 'noPlanNotice', sources: [ehcTimescales.noPlanNotice.source], hasExceptions: true },
  {
    id: 'draftPlanComments',
    sources: [ehcTimescales.draftPlanComments.source],
    hasExceptions: false,
  },
  { id: 'finalPlan', sources: [ehcTimescales.finalPlan.source], hasExceptions: true },
  {
    id: 'appeal',
    sources: [
      ehcTimescales.appealFromDecision.source,
      ehcTimescales.appealFromMediationCertificate.source,
    ],
    hasExceptions: false,
  },
] as const satisfies readonly {
  id: EhcStepId
  sources: readonly LegalSource[]
  hasExceptions: boolean
}[]

export interface EhcTimelineStep {
  id: EhcStepId
  /** The last day the law allows. */
  due: CalendarDate
  /** The provision(s) that set the date. */
  sources: readonly LegalSource[]
  /** Whether the council may go past it for a reason in reg 5(4), 10(4) or 13(3). */
  hasExceptions: boolean
  /** Whether that day is before `today` (the deadline has passed). */
  passed: boolean
  /** Appeal only: which rule gave the later date. */
  appealCountedFrom?: 'decision' | 'mediationCertificate'
}

export interface EhcTimelineInput {
  /** The day the council received the request (or became responsible for the child). */
  requestDate: CalendarDate
  /** The date on the decision letter (not to assess, or not to issue a plan, or the final plan). */
  decisionDate?: CalendarDate
  /** The day the draft plan was served on the family. */
  draftPlanDate?: CalendarDate
  /** The day the mediation certificate was issued. */
  mediationCertificateDate?: CalendarDate
  /** Today in England (for "has passed"); defaults to the device's clock. */
  today?: CalendarDate
}

export type EhcTimelineProblem =
  | {
      field: 'requestDate' | 'decisionDate' | 'draftPlanDate' | 'mediationCertificateDate'
      problem: 'invalid'
    }
  | {
      field: 'decisionDate' | 'draftPlanDate' | 'mediationCertificateDate'
      problem: 'beforeRequest'
    }
  | { field: 'mediationCertificateDate'; problem: 'beforeDecision' }

export type EhcTimelineResult =
  { ok: true; steps: EhcTimelineStep[] } | { ok: false; problems: EhcTimelineProblem[] }

/**
 * The deadlines for one request, in the order they fall. Returns the problems instead when a date
 * is not a real date or comes before the request (the island shows them beside the field).
 */
export function ehcTimeline(input: EhcTimelineInput): EhcTimelineResult {
  const problems: EhcTimelineProblem[] = []
  const optional = ['decisionDate', 'draftPlanDate', 'mediationCertificateDate'] as const
  if (!isCalendarDate(input.requestDate))
    problems.push({ field: 'requestDate', problem: 'invalid' })
  for (const field of optional) {
    const value = input[field]
    if (value === undefined) continue
    if (!isCalendarDate(value)) problems.push({ field, problem: 'invalid' })
    else if (isCalendarDate(input.requestDate) && daysBetween(input.requestDate, value) < 0)
      problems.push({ field, problem: 'beforeRequest' })
  }
  if (
    isCalendarDate(input.decisionDate) &&
    isCalendarDate(input.mediationCertificateDate) &&
    daysBetween(input.decisionDate, input.mediationCertificateDate) < 0
  )
    problems.push({ field: 'mediationCertificateDate', problem: 'beforeDecision' })
  if (problems.length > 0) return { ok: false, problems }

  const today = input.today ?? todayInEngland()
  const step = (
    id: EhcStepId,
    due: CalendarDate,
    sources: readonly LegalSource[] = ehcSteps.find((s) => s.id === id)!.sources,
  ): EhcTimelineStep => ({
    id,
    due,
    sources,
    hasExceptions: ehcSteps.find((s) => s.id === id)!.hasExceptions,
    passed: daysBetween(due, today) > 0,
  })

  const t = ehcTimescales
  const steps: EhcTimelineStep[] = [
    step('decisionToAssess', weeksAfter(input.requestDate, t.decisionToAssess.weeks)),
    step('noPlanNotice', weeksAfter(input.requestDate, t.noPlanNotice.weeks)),
  ]
  if (input.draftPlanDate)
    steps.push(
      step(
        'draftPlanComments',
        lastDayOfPeriodBeginning(input.draftPlanDate, t.draftPlanComments.days),
      ),
    )
  steps.push(step('finalPlan', weeksAfter(input.requestDate, t.finalPlan.weeks)))
  if (input.decisionDate) {
    const appeal = appealDeadline(input.decisionDate, input.mediationCertificateDate)
    const appealStep = step(
      'appeal',
      appeal.due,
      appeal.countedFrom === 'decision'
        ? [t.appealFromDecision.source]
        : [t.appealFromDecision.source, t.appealFromMediationCertificate.source],
    )
    appealStep.appealCountedFrom = appeal.countedFrom
    steps.push(appealStep)
  }
  return { ok: true, steps: steps.sort((a, b) => daysBetween(b.due, a.due)) }
}

/**
 * The last day to register an appeal (rule 20(1)(c)): 2 months after the decision letter, or
 * 1 month from the mediation certificate when that is later.
 */
export function appealDeadline(
  decisionDate: CalendarDate,
  mediationCertificateDate?: CalendarDate,
): { due: CalendarDate; countedFrom: 'decision' | 'mediationCertificate' } {
  const fromDecision = monthsAfter(decisionDate, ehcTimescales.appealFromDecision.months)
  if (!mediationCertificateDate) return { due: fromDecision, countedFrom: 'decision' }
  const fromCertificate = monthsAfter(
    mediationCertificateDate,
    ehcTimescales.appealFromMediationCertificate.months,
  )
  return daysBetween(fromDecision, fromCertificate) > 0
    ? { due: fromCertificate, countedFrom: 'mediationCertificate' }
    : { due: fromDecision, countedFrom: 'decision' }
}
