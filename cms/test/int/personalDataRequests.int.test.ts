import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, Comment, FeedbackReport } from '../../src/payload-types'
import { apiFor, jsonPost, type Api } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * A person's requests about their comments: officers find everything they sent by e-mail, phone
 * or name, export it (subject access) or erase it (right to erasure), each recorded in the audit
 * log without the details searched for; nobody else can.
 */
const ctx = useTestWorld()
let api: Api
let signed: Comment
let polish: Comment
let byPhone: Comment
let stranger: Comment
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

const find = (query: string, as = ctx.world.officer) =>
  api({ path: `/comments/personal-data?${query}`, as })

const idsOf = async (response: Response) =>
  ((await response.json()) as { comments: { id: Comment['id'] }[] }).comments.map((c) =>
    String(c.id),
  )

const audit = async (action: AuditLog['action']) =>
  (
    await ctx.t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: action } },
      depth: 0,
      limit: 0,
    })
  ).docs

beforeAll(async () => {
  api = apiFor(ctx.t)
  signed = await comment(
    'Speech therapy took a year. Sarah Kowalska, sarah.k@example.com, 07700 900123.',
  )
  polish = await comment('Syn pani Kowalskiej czeka na terapię od roku.', '2026-01-10T10:00:00Z')
  byPhone = await comment('Please ring me back on +44 7700 900 123 about transport.')
  stranger = await comment('Sarah at the clinic was very kind. The wait is too long.')
  await ctx.t.payload.update({
    collection: 'comments',
    id: signed.id,
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
          whatPeopleSaid: 'Waits are long.',
          response: 'We agree.',
          action: 'We will add clinics.',
          status: 'planned',
          comments: [signed.id, stranger.id],
          quotedComments: [signed.id],
        },
      ],
    },
  })
})

describe('finding what a person sent', () => {
  it('is for staff only: 401 signed out, 403 for a provider', async () => {
    expect((await api({ path: '/comments/personal-data?name=Sarah' })).status).toBe(401)
    expect((await find('name=Sarah', ctx.world.providerA)).status).toBe(403)
    expect((await find('name=Sarah', ctx.world.admin)).status).toBe(200)
  })

  it('asks for something to search by, in a form it understands', async () => {
    for (const query of ['', 'email=not-an-address', 'phone=123', 'name=a']) {
      const response = await find(query)
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/e-mail|phone|name|letters/)
    }
  })

  it('finds by e-mail address in any case', async () => {
    expect(await idsOf(await find('email=Sarah.K@Example.com'))).toEqual([String(signed.id)])
  })

  it('finds by phone number in any grouping, +44 or 0', async () => {
    expect(await idsOf(await find(`phone=${encodeURIComponent('07700900123')}`))).toEqual([
      String(signed.id),
      String(byPhone.id),
    ])
  })

  it('finds by name, every word of it, with Polish endings', async () => {
    expect(await idsOf(await find('name=Sarah%20Kowalska'))).toEqual([String(signed.id)])
    expect(await idsOf(await find('name=Kowalska'))).toEqual([String(signed.id), String(polish.id)])
    const response = await find('name=Kowalska')
    const [first] = ((await response.json()) as { comments: { inReports: string[] }[] }).comments
    expect(first?.inReports).toEqual(['2025-26'])
  })
})

describe('a subject access request', () => {
  it('downloads everything found as JSON or CSV, and records it without the details', async () => {
    const json = await api({
      path: '/comments/personal-data/export?name=Kowalska&format=json&reference=SAR-2027-014',
      as: ctx.world.officer,
    })
    expect(json.status).toBe(200)
    expect(json.headers.get('Content-Disposition')).toMatch(/attachment; filename=".*\.json"/)
    const body = (await json.json()) as { comments: { whatTheyWrote: string }[] }
    expect(body.comments.map((c) => c.whatTheyWrote)).toEqual([signed.comment, polish.comment])

    const csv = await api({
      path: '/comments/personal-data/export?phone=07700%20900123&format=csv',
      as: ctx.world.officer,
    })
    const rows = parse((await csv.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows.map((r) => r['Comment ID'])).toEqual([String(signed.id), String(byPhone.id)])

    const entries = await audit('subject-access')
    expect(entries).toHaveLength(2)
    const logged = JSON.stringify(entries)
    expect(logged).toContain('SAR-2027-014')
    expect(logged).not.toMatch(/Kowalsk|07700|sarah\.k/i)
  })

  it('refuses anyone but staff, and a format it does not make', async () => {
    const path = '/comments/personal-data/export?name=Kowalska'
    expect((await api({ path })).status).toBe(401)
    expect((await api({ path, as: ctx.world.providerA })).status).toBe(403)
    expect((await api({ path: `${path}&format=xml`, as: ctx.world.officer })).status).toBe(400)
  })
})

describe('a right-to-erasure request', () => {
  const erase = (body: Record<string, unknown>, as = ctx.world.officer) =>
    api({ path: '/comments/personal-data/erase', ...jsonPost(body), as })

  it('is for staff only, needs a reference and erases only what the search finds', async () => {
    expect(
      (await api({ path: '/comments/personal-data/erase', ...jsonPost({ name: 'Kowalska' }) }))
        .status,
    ).toBe(401)
    expect((await erase({ name: 'Kowalska', reference: 'E1' }, ctx.world.providerA)).status).toBe(
      403,
    )
    expect((await erase({ name: 'Kowalska' })).status).toBe(400)
    const stray = await erase({ name: 'Kowalska', reference: 'E1', ids: [stranger.id] })
    expect(stray.status).toBe(400)
    expect((await ctx.t.payload.count({ collection: 'comments' })).totalDocs).toBe(4)
  })

  it('deletes the comments, takes them out of the published report and its quotes, and records it', async () => {
    const response = await erase({ email: 'sarah.k@example.com', phone: '', reference: 'ERASE-77' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { erased: unknown[] }).erased.map(String)).toEqual([
      String(signed.id),
    ])
    await expect(
      ctx.t.payload.findByID({ collection: 'comments', id: signed.id }),
    ).rejects.toMatchObject({ status: 404 })
    const publicRead = await api({ path: `/feedback-reports/${report.id}` })
    const doc = (await publicRead.json()) as FeedbackReport
    expect(doc.themes?.[0]?.quotes).toEqual([])
    expect(doc.themes?.[0]?.commentCount).toBe(1)
    const staff = await ctx.t.payload.findByID({
      collection: 'feedback-reports',
      id: report.id,
      depth: 0,
    })
    expect(staff.themes?.[0]?.comments?.map(String)).toEqual([String(stranger.id)])
    expect(staff._status).toBe('published')

    const [entry] = await audit('erasure')
    expect(entry?.actor).toBe(ctx.world.officer.id)
    expect(entry?.comment).toContain('ERASE-77')
    expect(entry?.comment).toContain(String(signed.id))
    expect(JSON.stringify(entry)).not.toMatch(/sarah\.k|Kowalsk|07700/i)
  })

  it('says so when nothing is left to erase', async () => {
    const again = await erase({ email: 'sarah.k@example.com', reference: 'ERASE-77' })
    expect(again.status).toBe(409)
    expect(JSON.stringify(await again.json())).toContain('nothing was erased')
  })
})
