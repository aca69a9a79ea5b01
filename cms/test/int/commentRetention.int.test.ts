import { addMinutes } from 'date-fns/addMinutes'
import { addMonths } from 'date-fns/addMonths'
import { beforeAll, describe, expect, it } from 'vitest'

import { RETENTION_QUEUE } from '../../src/plugins/commentPersonalData/commentRetentionTask'
import { runCommentRetention } from '../../src/plugins/commentPersonalData/runCommentRetention'
import type { Comment, FeedbackReport } from '../../src/payload-types'
import { apiFor } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * What people wrote is deleted after the retention period the council sets, leaving the anonymised
 * text, by a daily job run here on a simulated clock: nothing goes a minute early, everything due
 * goes, a second run (or two at once) deletes and records nothing more.
 */
const ctx = useTestWorld()
let lateYear: Comment
let quoted: Comment
let unquoted: Comment
let report: FeedbackReport
let publishedAt: Date

const comment = (text: string, createdAt: string) =>
  ctx.t.payload.create({
    collection: 'comments',
    data: {
      comment: text,
      respondent: 'parent-carer',
      topic: 'health',
      status: 'reviewed',
      createdAt,
    },
  })

const read = (id: Comment['id']) => ctx.t.payload.findByID({ collection: 'comments', id })

const deletions = async () =>
  (
    await ctx.t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'original-deleted' } },
      limit: 0,
      depth: 0,
    })
  ).docs

const setRetention = (monthsAfterReport: number, monthsWithoutReport = 24) =>
  ctx.t.payload.updateGlobal({
    slug: 'comment-retention',
    data: { monthsAfterReport, monthsWithoutReport },
    user: ctx.world.officer,
    overrideAccess: false,
  })

beforeAll(async () => {
  // 2024-25 has no published report: kept 24 months after 31 August 2025 by default.
  lateYear = await comment(
    'My son Jake waited two years. Call 07700 900123.',
    '2024-10-01T10:00:00Z',
  )
  quoted = await comment(
    'My daughter Amira cannot get a therapy appointment.',
    '2025-10-01T10:00:00Z',
  )
  unquoted = await comment('Ring me on 07700 900456 about the bus.', '2026-03-01T10:00:00Z')
  await ctx.t.payload.update({
    collection: 'comments',
    id: quoted.id,
    data: { quoteChecked: true },
  })
  report = await ctx.t.payload.create({
    collection: 'feedback-reports',
    data: {
      year: '2025-26',
      title: 'You said, we did 2025-26',
      _status: 'published',
      themes: [
        {
          title: 'Therapy',
          whatPeopleSaid: 'Appointments are hard to get.',
          response: 'We agree.',
          action: 'We will add clinics.',
          status: 'planned',
          comments: [quoted.id, unquoted.id],
          quotedComments: [quoted.id],
        },
      ],
    },
  })
  publishedAt = new Date(report.firstPublishedAt ?? '')
})

describe('the retention job on a simulated clock', () => {
  it('deletes nothing before any comment is due', async () => {
    const run = await runCommentRetention(ctx.t.payload, { now: new Date('2027-08-31T22:59:00Z') })
    expect(run.deleted).toBe(0)
    expect(run.checked).toBe(3)
    expect((await read(lateYear.id)).comment).toContain('Jake')
  })

  it('deletes a year without a published report 24 months after the year ended (midnight in England)', async () => {
    const run = await runCommentRetention(ctx.t.payload, { now: new Date('2027-08-31T23:00:00Z') })
    expect(run.deletedIds.map(String)).toEqual([String(lateYear.id)])
    const after = await read(lateYear.id)
    expect(after.comment).toBeNull()
    expect(after.originalDeletedAt).toBe('2027-08-31T23:00:00.000Z')
    expect(after.anonymisedText).toBe(lateYear.anonymisedText)
  })

  it('keeps a published year’s comments until the set months after first publication, to the minute', async () => {
    expect(Number.isNaN(publishedAt.getTime())).toBe(false)
    const due = addMonths(publishedAt, 12)
    const early = await runCommentRetention(ctx.t.payload, { now: addMinutes(due, -1) })
    expect(early.deleted).toBe(0)
    // The council's setting decides: 18 months keeps them past the 12-month date.
    await setRetention(18)
    expect((await runCommentRetention(ctx.t.payload, { now: due })).deleted).toBe(0)
    await setRetention(12)
    // The daily task, queued and run as the server would, for the simulated moment.
    await ctx.t.payload.jobs.queue({
      task: 'commentRetention',
      input: { now: due.toISOString() },
      queue: RETENTION_QUEUE,
    })
    await ctx.t.payload.jobs.run({ queue: RETENTION_QUEUE })
    for (const id of [quoted.id, unquoted.id]) {
      const after = await read(id)
      expect(after.comment).toBeNull()
      expect(after.anonymisedText).toBeTruthy()
    }
  })

  it('is idempotent: running again, or twice at once, deletes and records nothing more', async () => {
    const before = await deletions()
    expect(before).toHaveLength(3)
    const later = new Date('2030-01-01T03:00:00Z')
    const runs = await Promise.all([
      runCommentRetention(ctx.t.payload, { now: later }),
      runCommentRetention(ctx.t.payload, { now: later }),
    ])
    expect(runs.map((r) => r.deleted)).toEqual([0, 0])
    expect(await deletions()).toHaveLength(3)
  })

  it('records each deletion with the job as actor and no words of the comment', async () => {
    const entries = await deletions()
    expect(entries.map((e) => e.listingName).sort()).toEqual(
      [lateYear, quoted, unquoted].map((c) => `Comment ${c.id}`).sort(),
    )
    for (const entry of entries) {
      expect(entry.actorLabel).toBe('Scheduled comment retention job')
      expect(entry.comment).not.toMatch(/Jake|Amira|07700/)
    }
  })

  it('leaves the anonymised text, which clearing cannot lose, and the published quote', async () => {
    const cleared = await ctx.t.payload.update({
      collection: 'comments',
      id: quoted.id,
      data: { anonymisedText: '' },
      user: ctx.world.officer,
      overrideAccess: false,
    })
    expect(cleared.anonymisedText).toBe(quoted.anonymisedText)
    const response = await apiFor(ctx.t)({ path: `/feedback-reports/${report.id}` })
    const doc = (await response.json()) as FeedbackReport
    expect(doc.themes?.[0]?.quotes?.map((q) => q.text)).toEqual([quoted.anonymisedText])
  })

  it('a simulated run whose clock is not a date is refused with a clear error', async () => {
    await ctx.t.payload.jobs.queue({
      task: 'commentRetention',
      input: { now: 'next Tuesday' },
      queue: RETENTION_QUEUE,
    })
    const result = await ctx.t.payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(JSON.stringify(result)).not.toContain('"deleted"')
  })
})

describe('the retention setting', () => {
  it('refuses a period that is not a whole number of months from 1 to 120', async () => {
    await expect(setRetention(0)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({ message: expect.stringMatching(/whole number of months/) }),
        ],
      },
    })
    await expect(setRetention(12, 500)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({ message: expect.stringMatching(/whole number of months/) }),
        ],
      },
    })
  })
})
