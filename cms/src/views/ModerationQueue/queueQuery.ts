import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { subDays } from 'date-fns/subDays'
import type { Where } from 'payload'

/** How many submissions one page of the queue lists. */
export const QUEUE_PAGE_SIZE = 20

/** "Waiting more than …" choices, in days (0: any). */
export const waitingChoices = [0, 2, 7, 14, 30] as const
export type WaitingChoice = (typeof waitingChoices)[number]

/** What the officer asked the queue for, read from its address (?organisation=&waiting=&page=&id=). */
export interface QueueQuery {
  organisation?: string
  waitingMoreThanDays: WaitingChoice
  page: number
  /** The one submission opened for review. */
  id?: string
  /** The decision just made (?done=approved|returned&listing=), confirmed above the queue. */
  done?: { outcome: DecisionOutcome; listing: string }
}

export const decisionOutcomes = ['approved', 'returned'] as const
export type DecisionOutcome = (typeof decisionOutcomes)[number]

type SearchParams = Record<string, string | string[] | undefined> | undefined

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const isId = (value: string | undefined): value is string =>
  value !== undefined && /^[A-Za-z0-9-]{1,64}$/.test(value)

/** Anything odd in the address (a hand-edited or stale link) falls back to the whole queue. */
export function readQueueQuery(searchParams: SearchParams): QueueQuery {
  const organisation = first(searchParams?.organisation)
  const waiting = Number(first(searchParams?.waiting))
  const page = Number(first(searchParams?.page))
  const id = first(searchParams?.id)
  const done = first(searchParams?.done)
  const doneListing = first(searchParams?.listing)
  return {
    organisation: isId(organisation) ? organisation : undefined,
    waitingMoreThanDays: (waitingChoices as readonly number[]).includes(waiting)
      ? (waiting as WaitingChoice)
      : 0,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    id: isId(id) ? id : undefined,
    done:
      (decisionOutcomes as readonly string[]).includes(done ?? '') && isId(doneListing)
        ? { outcome: done as DecisionOutcome, listing: doneListing }
        : undefined,
  }
}

/** The listings waiting for review that match the filters. */
export function queueWhere(query: QueueQuery, now: Date = new Date()): Where {
  return {
    and: [
      { moderation: { equals: 'submitted' } },
      ...(query.organisation ? [{ organisation: { equals: query.organisation } }] : []),
      ...(query.waitingMoreThanDays > 0
        ? [{ updatedAt: { less_than: subDays(now, query.waitingMoreThanDays).toISOString() } }]
        : []),
    ],
  }
}

/** The queue's address for these choices (links keep the filters; defaults are left out). */
export function queueHref(base: string, query: Partial<QueueQuery>): string {
  const params = new URLSearchParams()
  if (query.organisation) params.set('organisation', query.organisation)
  if (query.waitingMoreThanDays) params.set('waiting', String(query.waitingMoreThanDays))
  if (query.page && query.page > 1) params.set('page', String(query.page))
  if (query.id) params.set('id', query.id)
  if (query.done) {
    params.set('done', query.done.outcome)
    params.set('listing', query.done.listing)
  }
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

/** "today", "1 day", "12 days": how long a submission has waited. */
export function waitingFor(submittedAt: string, now: Date = new Date()): string {
  const days = Math.max(0, differenceInCalendarDays(now, new Date(submittedAt)))
  if (days === 0) return 'today'
  return days === 1 ? '1 day' : `${days} days`
}
