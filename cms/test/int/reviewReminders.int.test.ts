import { reviewDueDate } from '@local-offer/shared'
import { addDays } from 'date-fns/addDays'
import { format } from 'date-fns/format'
import { subHours } from 'date-fns/subHours'
import { subMonths } from 'date-fns/subMonths'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { smtpEmailAdapter } from '../../src/email/emailAdapter'
import { REVIEW_QUEUE } from '../../src/plugins/reviewReminders/reviewRemindersTask'
import { confirmStillCorrect } from '../../src/moderation/moderationActions'
import type { Organisation, Service, User } from '../../src/payload-types'
import { reminderKey } from '../../src/plugins/reviewReminders/reminderLog'
import { createWorld, validCouncilSettings, validService, type World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/testSmtpServer'

/**
 * The review schedule end to end: a real SMTP server, the real job queue, and a clock driven
 * across 120 simulated days. Every mail that should arrive arrives exactly once, on the right day,
 * to the right people; nothing else arrives, even with second runs, a refused message and a run
 * that died between claiming a reminder and sending it.
 */
// Review dates are days in England (whatever the server's zone), so this test's clock is too.
process.env.TZ = 'Europe/London'
const DAY0 = new Date(2027, 0, 4) // Monday 4 January 2027, midnight in England
const DAYS = 120
const dayOf = (n: number) => format(addDays(DAY0, n), 'yyyy-MM-dd')

let t: TestPayload
let smtp: TestSmtpServer
let world: World
let simulatedDay = -1
const arrivals: { day: number; to: string[]; subject: string; text: string }[] = []

interface Scenario {
  key: string
  listing: Service
  dueInDays: number
}
const scenarios = new Map<string, Scenario>()
let orgC: Organisation
let providerA2: User
let officer2: User

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  t = await startTestPayload({
    email: smtpEmailAdapter(
      { host: smtp.host, port: smtp.port, secure: false },
      { name: 'Westbridge Local Offer', address: 'localoffer@westbridge.example.gov.uk' },
    ),
    serverURL: 'https://cms.westbridge.example.gov.uk',
  })
  world = await createWorld(t.payload)
  const { payload } = t
  // The e-mails sign off as the council's team, from its settings.
  await payload.updateGlobal({ slug: 'council-settings', data: validCouncilSettings() })
  providerA2 = await payload.create({
    collection: 'users',
    data: {
      name: 'Second provider',
      email: 'second.provider@northbrook.example.org.uk',
      password: 'correct horse battery staple',
      role: 'provider',
      organisation: world.orgA.id,
    },
  })
  officer2 = await payload.create({
    collection: 'users',
    data: {
      name: 'Second officer',
      email: 'second.officer@westbridge.example.gov.uk',
      password: 'correct horse battery staple',
      role: 'officer',
    },
  })
  orgC = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Riverside Youth Club',
      type: 'charity',
      email: 'hello@riverside.example.org.uk',
    },
  })
  // Short breaks are reviewed every 6 months in this borough.
  await payload.updateGlobal({
    slug: 'review-settings',
    data: { categoryIntervals: [{ category: 'short-breaks', intervalMonths: 6 }] },
  })
  // The world's own listings are reviewed today (real time) and play no part in this story.
  await payload.update({
    collection: 'services',
    where: {},
    data: { _status: 'draft' },
  })

  const listing = async (
    key: string,
    organisation: Organisation['id'],
    dueInDays: number,
    extra: Partial<Service> = {},
    interval = 12,
  ) => {
    const due = addDays(DAY0, dueInDays)
    const lastReviewed = subMonths(due, interval)
    expect(reviewDueDate(lastReviewed, interval).getTime()).toBe(due.getTime())
    const created = await payload.create({
      collection: 'services',
      data: {
        ...validService(organisation, {
          name: `Listing ${key}`,
          lastReviewed: lastReviewed.toISOString(),
        }),
        ...extra,
        _status: extra._status ?? 'published',
      },
      draft: extra._status === 'draft',
      context: { reviewToday: dayOf(0) },
    })
    scenarios.set(key, { key, listing: created, dueInDays })
  }
  await listing('L1', world.orgA.id, 40)
  await listing('L2', world.orgB.id, 5, { responsibleOfficer: officer2.id })
  await listing('L3', world.orgA.id, 100)
  await listing('L4', world.orgB.id, 20)
  await listing(
    'L5',
    world.orgA.id,
    50,
    { category: 'short-breaks', subCategories: [], areasOfNeed: [] },
    6,
  )
  await listing('L6', orgC.id, 25)
  await listing('L7', world.orgA.id, 10, { _status: 'draft' })
}, 120_000)

afterAll(async () => {
  await t?.shutdown()
  await smtp?.stop()
})

/**
 * Queues the day's job and runs the queue, as the scheduler does; records what arrived.
 * A job that failed stays in the queue with retries left, and the next run retries it first.
 */
async function runDay(day: number): Promise<{ hasError: boolean }> {
  simulatedDay = day
  const before = smtp.received.length
  await t.payload.jobs.queue({
    task: 'reviewReminders',
    input: { today: dayOf(day) },
    queue: REVIEW_QUEUE,
  })
  const result = await t.payload.jobs.run({ queue: REVIEW_QUEUE })
  for (const mail of smtp.received.slice(before)) arrivals.push({ day: simulatedDay, ...mail })
  const statuses = Object.values(result.jobStatus ?? {}).map((s) => s.status)
  return { hasError: statuses.some((s) => s !== 'success') }
}

const name = (key: string) => `Listing ${key}`
const A = () => [world.providerA.email, providerA2.email].map((e) => e.toLowerCase()).sort()
const B = () => [world.providerB.email.toLowerCase()]
const C = () => ['hello@riverside.example.org.uk']
const allOfficers = () => [world.officer.email, officer2.email].map((e) => e.toLowerCase()).sort()

type Kind = '30 days' | '7 days' | 'officer'
const kindOf = (subject: string): Kind | 'unknown' =>
  subject.startsWith('Please check your Local Offer listing by')
    ? '30 days'
    : subject.startsWith('Final reminder:')
      ? '7 days'
      : subject.startsWith('Overdue for review since')
        ? 'officer'
        : 'unknown'

describe('the review schedule over 120 days', () => {
  let crashDayResult: { hasError: boolean } | undefined

  beforeAll(async () => {
    for (let day = 0; day < DAYS; day++) {
      if (day === 0) {
        // Day 0: the SMTP server refuses one message; the run carries on, then fails; a re-run sends it.
        smtp.refuseOnce(/Listing L4$/)
        crashDayResult = await runDay(0)
        await runDay(0)
        continue
      }
      if (day === 70) {
        // A run died after claiming L3's 30-day reminder and before sending it (an hour ago).
        const l3 = scenarios.get('L3')!
        await t.payload.create({
          collection: 'review-reminders',
          data: {
            key: reminderKey(l3.listing.id, addDays(DAY0, l3.dueInDays), 'provider-30-days'),
            listing: l3.listing.id,
            kind: 'provider-30-days',
            dueDate: addDays(DAY0, l3.dueInDays).toISOString(),
            state: 'sending',
            attempts: 1,
            claimedAt: subHours(new Date(), 1).toISOString(),
          },
        })
      }
      if (day === 10) {
        // L4's provider confirms it is still correct: a new cycle starts, nothing more is due.
        const l4 = scenarios.get('L4')!
        const req = await createLocalReq(
          { user: { ...world.providerB, collection: 'users' } },
          t.payload,
        )
        await confirmStillCorrect(req, world.providerB, String(l4.listing.id), addDays(DAY0, 10))
      }
      await runDay(day)
      // Every day with mail, and every tenth day, the job runs a second time.
      if (arrivals.some((a) => a.day === day) || day % 10 === 0) await runDay(day)
    }
  }, 600_000)

  it('sends exactly the expected mails: right day, right people, right listing, once each', () => {
    const expected: [number, string, Kind, string[]][] = [
      [0, 'L2', '7 days', B()],
      [0, 'L6', '30 days', C()],
      [0, 'L4', '30 days', B()], // refused at first, sent by the re-run the same day
      [10, 'L1', '30 days', A()],
      [18, 'L6', '7 days', C()],
      [19, 'L2', 'officer', [officer2.email.toLowerCase()]], // its responsible officer
      [20, 'L5', '30 days', A()],
      [33, 'L1', '7 days', A()],
      [39, 'L6', 'officer', allOfficers()],
      [43, 'L5', '7 days', A()],
      [54, 'L1', 'officer', allOfficers()],
      [64, 'L5', 'officer', allOfficers()],
      [70, 'L3', '30 days', A()], // retried after the crashed claim's lease ran out
      [93, 'L3', '7 days', A()],
      [114, 'L3', 'officer', allOfficers()],
    ]
    const actual = arrivals.map((a) => [
      a.day,
      a.subject.replace(/^.*: Listing /, 'L').replace(/^L(L\d)$/, '$1'),
      kindOf(a.subject),
      a.to,
    ])
    const sortKey = (row: unknown[]) => `${String(row[0]).padStart(3, '0')} ${String(row[1])}`
    expect(actual.sort((x, y) => sortKey(x).localeCompare(sortKey(y)))).toEqual(
      expected.sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
    )
  })

  it('gives every mail the exact subject: what is due, by when, for which listing', () => {
    const due = (key: string) => format(addDays(DAY0, scenarios.get(key)!.dueInDays), 'd MMMM yyyy')
    const thirty = (key: string) =>
      `Please check your Local Offer listing by ${due(key)}: Listing ${key}`
    const seven = (key: string) =>
      `Final reminder: check your Local Offer listing by ${due(key)}: Listing ${key}`
    const officer = (key: string) => `Overdue for review since ${due(key)}: Listing ${key}`
    expect(arrivals.map((a) => a.subject).sort()).toEqual(
      [
        seven('L2'),
        thirty('L6'),
        thirty('L4'),
        thirty('L1'),
        seven('L6'),
        officer('L2'),
        thirty('L5'),
        seven('L1'),
        officer('L6'),
        seven('L5'),
        officer('L1'),
        officer('L5'),
        thirty('L3'),
        seven('L3'),
        officer('L3'),
      ].sort(),
    )
  })

  it('the run with the refused message failed (so the queue retries it) and nothing was lost', () => {
    expect(crashDayResult?.hasError).toBe(true)
    const l4 = arrivals.filter((a) => a.subject.endsWith(name('L4')))
    expect(l4).toHaveLength(1)
  })

  it('mails are plain, from the configured sender, and link to the listing in the admin', () => {
    const l1 = arrivals.find(
      (a) => a.subject.endsWith(name('L1')) && kindOf(a.subject) === '7 days',
    )
    expect(l1).toBeDefined()
    expect(smtp.received.every((m) => m.from === 'localoffer@westbridge.example.gov.uk')).toBe(true)
    const id = scenarios.get('L1')!.listing.id
    expect(l1!.text).toContain(
      `https://cms.westbridge.example.gov.uk/admin/collections/services/${id}`,
    )
    expect(l1!.text).toContain('Confirm still correct')
    expect(l1!.text).toMatch(
      /Thank you,\nThe Testshire Local Offer team\nsend@testshire\.example\.gov\.uk · 0121 496 0000\n?$/,
    )
    expect(l1!.subject).toContain(format(addDays(DAY0, 40), 'd MMMM yyyy'))
  })

  it('withdraws listings nobody confirmed at the end of the grace period, and audits why', async () => {
    const withdrawals = await t.payload.find({
      collection: 'audit-log',
      // (The world's own listings, unpublished in beforeAll, have withdrawals by no one in particular.)
      where: {
        and: [
          { action: { equals: 'withdraw' } },
          { actorLabel: { equals: 'Scheduled review job' } },
        ],
      },
      limit: 0,
      sort: 'createdAt',
    })
    expect(withdrawals.docs.map((d) => d.listingName).sort()).toEqual(
      ['L1', 'L2', 'L5', 'L6'].map(name),
    )
    for (const entry of withdrawals.docs) {
      expect(entry.comment).toMatch(/nobody confirmed or updated it within 60 days/)
    }
    const statuses = Object.fromEntries(
      await Promise.all(
        [...scenarios.values()].map(async (s) => [
          s.key,
          (await t.payload.findByID({ collection: 'services', id: s.listing.id, draft: false }))
            .reviewStatus,
        ]),
      ),
    )
    // Day 119: L3 was due on day 100 (overdue, still within its grace period); L4 was confirmed.
    expect(statuses).toMatchObject({
      L1: 'withdrawn',
      L2: 'withdrawn',
      L3: 'overdue',
      L4: 'current',
      L5: 'withdrawn',
      L6: 'withdrawn',
    })
    const visible = await t.payload.find({
      collection: 'services',
      overrideAccess: false,
      limit: 0,
    })
    expect(visible.docs.map((d) => d.name).sort()).toEqual(['L3', 'L4'].map(name))
    // Through the REST API too, drafts or not.
    const l1 = scenarios.get('L1')!.listing.id
    expect((await rest(t, 'GET', `/api/services/${l1}`)).status).toBe(404)
    expect((await rest(t, 'GET', `/api/services/${l1}?draft=true`)).status).toBe(404)
    const list = await rest<{ docs: Service[] }>(t, 'GET', '/api/services?limit=100')
    expect(list.body.docs.map((d) => d.name).sort()).toEqual(['L3', 'L4'].map(name))
    // The provider still sees its withdrawn listing, to confirm or update it.
    expect((await rest(t, 'GET', `/api/services/${l1}`, { as: world.providerA })).status).toBe(200)
  })

  it('keeps one sent-log entry per reminder, all sent', async () => {
    const log = await t.payload.find({ collection: 'review-reminders', limit: 0 })
    expect(log.totalDocs).toBe(15)
    expect(log.docs.every((r) => r.state === 'sent')).toBe(true)
    const l4 = scenarios.get('L4')!
    const l4Key = reminderKey(l4.listing.id, addDays(DAY0, l4.dueInDays), 'provider-30-days')
    const l4Entry = log.docs.find((r) => r.key === l4Key)
    // Claimed, refused by the server (failed), claimed again by the retry and sent.
    expect(l4Entry?.attempts).toBe(2)
    expect(l4Entry?.recipients).toBe(B().join(', '))
  })
})
