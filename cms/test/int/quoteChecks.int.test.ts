import { beforeAll, describe, expect, it } from 'vitest'

import type { Comment, FeedbackReport } from '../../src/payload-types'
import { apiFor, jsonPost, type Api } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * A person checks every quote: a report is published only once an officer has ticked each quoted
 * comment as identifying nobody; the tick is stamped and audited by the server, cleared when the
 * text changes, and the public never reads an unchecked quote.
 */
const ctx = useTestWorld()
let api: Api
let quoted: Comment
let other: Comment
let report: FeedbackReport

const comment = (text: string, createdAt = '2025-11-02T10:00:00Z') =>
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

const asOfficer = () => ({ user: ctx.world.officer, overrideAccess: false })

const tick = (id: Comment['id'], data: Partial<Comment> = {}) =>
  ctx.t.payload.update({
    collection: 'comments',
    id,
    data: { quoteChecked: true, ...data },
    ...asOfficer(),
  })

const auditEntries = async (what: string) =>
  (
    await ctx.t.payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'quote-checked' } }, { listingName: { equals: what } }] },
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  api = apiFor(ctx.t)
  quoted = await comment('My daughter Amira waited a year for speech therapy at the clinic.')
  other = await comment('The therapy page does not say how long the wait is.')
  report = await ctx.t.payload.create({
    collection: 'feedback-reports',
    draft: true,
    data: {
      year: '2025-26',
      title: 'You said, we did 2025-26',
      _status: 'draft',
      themes: [
        {
          title: 'Waiting for therapy',
          whatPeopleSaid: 'Families wait too long for speech therapy.',
          response: 'We agree.',
          action: 'We will publish waiting times.',
          status: 'planned',
          comments: [quoted.id, other.id],
          quotedComments: [quoted.id, other.id],
        },
      ],
    },
  })
})

describe('the officer’s tick', () => {
  it('is stamped by the server with who and when, and recorded in the audit log', async () => {
    const before = Date.now()
    const checked = await tick(other.id, {
      quoteCheckedBy: 'Someone else',
      quoteCheckedAt: '2001-01-01T00:00:00.000Z',
    })
    expect(checked.quoteChecked).toBe(true)
    expect(checked.quoteCheckedBy).toContain(ctx.world.officer.email)
    expect(new Date(checked.quoteCheckedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const entries = await auditEntries(`Comment ${other.id}`)
    expect(entries).toHaveLength(1)
    expect(entries[0]?.actor).toBe(ctx.world.officer.id)
    // The log cannot be erased, so it holds no words of the comment.
    expect(entries[0]?.comment).not.toContain('therapy page')
  })

  it('is recorded once: saving again without a change adds nothing', async () => {
    await tick(other.id, { topic: 'education' })
    expect(await auditEntries(`Comment ${other.id}`)).toHaveLength(1)
  })

  it('is cleared when the anonymised text changes afterwards', async () => {
    const edited = await ctx.t.payload.update({
      collection: 'comments',
      id: other.id,
      data: { anonymisedText: 'The therapy page never says how long the wait is.' },
      ...asOfficer(),
    })
    expect(edited.quoteChecked).toBe(false)
    expect(edited.quoteCheckedBy).toBeNull()
    expect(edited.redactionSummary).toMatch(/tick was cleared/)
  })

  it('holds for an edit made in the same save only if the stored text is what the officer wrote', async () => {
    const kept = await tick(other.id, {
      anonymisedText: 'The therapy page does not give the wait.',
    })
    expect(kept.quoteChecked).toBe(true)
    // The anonymiser replaces the phone number the officer typed: they did not see the stored text.
    const changed = await ctx.t.payload.update({
      collection: 'comments',
      id: other.id,
      data: { quoteChecked: false },
      ...asOfficer(),
    })
    expect(changed.quoteChecked).toBe(false)
    const cleared = await tick(other.id, {
      anonymisedText: 'The therapy page does not give the wait. Ring 07700 900123.',
    })
    expect(cleared.anonymisedText).toContain('[phone]')
    expect(cleared.quoteChecked).toBe(false)
    await tick(other.id)
  })
})

describe('publishing a report', () => {
  it('is refused while a quote is unchecked, naming the comment and theme to check', async () => {
    const attempt = ctx.t.payload.update({
      collection: 'feedback-reports',
      id: report.id,
      data: { _status: 'published' },
      ...asOfficer(),
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    await expect(attempt).rejects.toThrow(
      new RegExp(`comment ${quoted.id} in the theme "Waiting for therapy"`),
    )
    // Through REST the officer gets the same explanation.
    const response = await api({
      path: `/feedback-reports/${report.id}`,
      ...jsonPost({ _status: 'published' }),
      method: 'PATCH',
      as: ctx.world.officer,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(`comment ${quoted.id}`)
    const publicRead = await api({ path: `/feedback-reports/${report.id}` })
    expect(publicRead.status).toBe(404)
  })

  it('succeeds once every quote is checked, and the public sees the checked quotes only', async () => {
    await tick(quoted.id)
    report = await ctx.t.payload.update({
      collection: 'feedback-reports',
      id: report.id,
      data: { _status: 'published' },
      ...asOfficer(),
    })
    const quotes = report.themes?.[0]?.quotes ?? []
    expect(quotes.map((q) => q.checked)).toEqual([true, true])
    expect(quotes.map((q) => String(q.commentId))).toEqual([String(quoted.id), String(other.id)])
    expect(report.firstPublishedAt).toBeTruthy()
    const response = await api({ path: `/feedback-reports/${report.id}` })
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).toContain('[name] waited a year')
    // Which comment a quote came from, and the tick, stay with staff.
    expect(text).not.toMatch(/"commentId"|"checked"|"firstPublishedAt"/)
  })

  it('never gives the public a quote whose tick is missing (a report published before ticks)', async () => {
    const legacy = await comment(
      'The speech therapy letters came too late for us.',
      '2024-11-02T10:00:00Z',
    )
    const year = await ctx.t.payload.create({
      collection: 'feedback-reports',
      // As if published before quotes were checked.
      context: { personalDataErasure: true },
      data: {
        year: '2024-25',
        title: 'You said, we did 2024-25',
        _status: 'published',
        themes: [
          {
            title: 'Letters',
            whatPeopleSaid: 'Letters come late.',
            response: 'We agree.',
            action: 'We will send them sooner.',
            status: 'planned',
            quotedComments: [legacy.id],
          },
        ],
      },
    })
    expect(year.themes?.[0]?.quotes).toHaveLength(1)
    const response = await api({ path: `/feedback-reports/${year.id}` })
    const doc = (await response.json()) as FeedbackReport
    expect(doc.themes?.[0]?.quotes).toEqual([])
    const staff = await ctx.t.payload.findByID({
      collection: 'feedback-reports',
      id: year.id,
      ...asOfficer(),
    })
    expect(staff.themes?.[0]?.quotes).toHaveLength(1)
  })
})
