import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Comment, FeedbackReport } from '../../src/payload-types'
import { apiFor, type Api } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * The yearly "You said, we did" report: drafts stay private, published reports are public,
 * and nothing a public read returns can contain what a commenter actually wrote.
 * Then the officers' CSV export of a year's anonymised comments.
 */
const ctx = useTestWorld()
let api: Api

/** Personal details in what people wrote: none may ever appear in a public read. */
const PRIVATE = ['Jake', 'Northbrook', '07700 900123', 'Mrs Patel', 'amira.k@example.com', 'Amira']

let transport: Comment
let website: Comment
let formula: Comment
let vexatious: Comment
let otherYear: Comment
let report: FeedbackReport

const comment = (text: string, createdAt: string, extra: Partial<Comment> = {}) =>
  ctx.t.payload.create({
    collection: 'comments',
    data: {
      comment: text,
      respondent: 'parent-carer',
      topic: 'transport',
      status: 'reviewed',
      createdAt,
      ...extra,
    },
    overrideAccess: true,
  })

const theme = (overrides: Partial<NonNullable<FeedbackReport['themes']>[number]> = {}) => ({
  title: 'Home to school transport',
  topic: 'transport' as const,
  whatPeopleSaid: 'Families told us the transport pages do not say when to apply.',
  response: 'You are right: the deadline was only in the policy document.',
  action: 'We will put the deadline on the transport page and send reminders in May.',
  status: 'in-progress' as const,
  ...overrides,
})

beforeAll(async () => {
  api = apiFor(ctx.t)
  transport = await comment(
    'My son Jake at Northbrook Primary missed the transport deadline. Call 07700 900123.',
    '2025-10-02T10:00:00Z',
  )
  website = await comment(
    "I'm Amira, the website is hard to read on my phone. amira.k@example.com",
    '2026-02-14T10:00:00Z',
    { respondent: 'child-young-person', topic: 'website' },
  )
  formula = await comment(
    '=HYPERLINK("http://evil.example","click") is what I think',
    '2026-03-01T10:00:00Z',
  )
  vexatious = await comment(
    'Mrs Patel is useless and everyone at the council is an idiot.',
    '2026-03-02T10:00:00Z',
    { status: 'not-published', notPublishedReason: 'vexatious' },
  )
  otherYear = await comment('A comment from the year before.', '2025-03-01T10:00:00Z')
  report = await ctx.t.payload.create({
    collection: 'feedback-reports',
    draft: true,
    data: {
      year: '2025-26',
      title: 'You said, we did 2025-26',
      introduction: 'What families told us this year and what we are doing about it.',
      _status: 'draft',
      themes: [
        theme({
          comments: [transport.id, formula.id, vexatious.id],
          quotedComments: [transport.id, vexatious.id],
        }),
        theme({
          title: 'Reading the site on a phone',
          topic: 'website',
          whatPeopleSaid: 'Young people said the site is hard to read on a phone.',
          response: 'We tested the site on phones with young people.',
          action: 'We have made the text larger and the menus simpler.',
          status: 'done',
          comments: [website.id, transport.id],
          quotedComments: [website.id],
        }),
      ],
    },
  })
})

const publicRead = async (path: string) => {
  const response = await api({ path })
  return { status: response.status, text: await response.text() }
}

describe('a draft report', () => {
  it('is hidden from the public and providers, and visible to officers', async () => {
    const { world } = ctx
    for (const user of [undefined, world.providerA]) {
      const found = await ctx.t.payload.find({
        collection: 'feedback-reports',
        overrideAccess: false,
        user,
        draft: true,
      })
      expect(found.totalDocs).toBe(0)
    }
    const list = await publicRead('/feedback-reports?draft=true')
    expect(JSON.parse(list.text).totalDocs).toBe(0)
    expect((await publicRead(`/feedback-reports/${report.id}?draft=true`)).status).toBe(404)
    const staff = await ctx.t.payload.find({
      collection: 'feedback-reports',
      overrideAccess: false,
      user: world.officer,
      draft: true,
    })
    expect(staff.totalDocs).toBe(1)
  })

  it('quotes only anonymised text, and counts and quotes no comment marked not to publish', () => {
    const [first, second] = report.themes ?? []
    expect(first?.quotes?.map((q) => q.text)).toEqual([transport.anonymisedText])
    expect(first?.quotes?.[0]?.text).toBe(
      'My son [name] at [school] missed the transport deadline. Call [phone].',
    )
    expect(first?.commentCount).toBe(2)
    expect(second?.quotes?.map((q) => q.text)).toEqual([website.anonymisedText])
    expect(report.commentsReceived).toBe(3)
  })

  it('refuses a year that is not like 2025-26, and a second report for the same year', async () => {
    await expect(
      ctx.t.payload.create({
        collection: 'feedback-reports',
        data: { year: '2025/26', title: 'Wrong', _status: 'published' },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ path: 'year', message: expect.stringContaining('like 2025-26') }],
      },
    })
    await expect(
      ctx.t.payload.create({
        collection: 'feedback-reports',
        data: { year: '2025-26', title: 'Again', _status: 'published' },
      }),
    ).rejects.toThrow()
  })

  it('links only comments sent in its reporting year', async () => {
    await expect(
      ctx.t.payload.update({
        collection: 'feedback-reports',
        id: report.id,
        data: { themes: [theme({ comments: [transport.id, otherYear.id] })], _status: 'published' },
        user: ctx.world.officer,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'themes.0.comments' })] },
    })
  })

  it('can be written only by staff', async () => {
    for (const user of [undefined, ctx.world.providerA]) {
      await expect(
        ctx.t.payload.create({
          collection: 'feedback-reports',
          data: { year: '2030-31', title: 'Not mine to write', _status: 'draft' },
          draft: true,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow()
    }
  })
})

describe('a published report', () => {
  beforeAll(async () => {
    // A person checks every quote before it is published (see "a quote nobody has checked").
    for (const quoted of [transport, website]) {
      await ctx.t.payload.update({
        collection: 'comments',
        id: quoted.id,
        data: { quoteChecked: true },
        user: ctx.world.officer,
        overrideAccess: false,
      })
    }
    report = await ctx.t.payload.update({
      collection: 'feedback-reports',
      id: report.id,
      data: { _status: 'published' },
      user: ctx.world.officer,
      overrideAccess: false,
    })
    // A Polish title only: every other field falls back to English.
    await ctx.t.payload.update({
      collection: 'feedback-reports',
      id: report.id,
      locale: 'pl',
      data: { title: 'Powiedzieliście, zrobiliśmy 2025-26', _status: 'published' },
      user: ctx.world.officer,
      overrideAccess: false,
    })
  })

  it('is public, with its themes, responses, actions and anonymised quotes', async () => {
    const { status, text } = await publicRead('/feedback-reports?where[year][equals]=2025-26')
    expect(status).toBe(200)
    const [doc] = JSON.parse(text).docs as FeedbackReport[]
    expect(doc?.title).toBe('You said, we did 2025-26')
    expect(doc?.themes?.map((t) => [t.title, t.status, t.commentCount])).toEqual([
      ['Home to school transport', 'in-progress', 2],
      ['Reading the site on a phone', 'done', 2],
    ])
    expect(doc?.themes?.[0]?.quotes?.[0]?.text).toContain('[name]')
  })

  it.each([
    '/feedback-reports?depth=0',
    '/feedback-reports?depth=2',
    '/feedback-reports?depth=10&locale=all',
    '/feedback-reports?depth=3&draft=true',
  ])('never contains what anyone wrote: %s', async (path) => {
    const { status, text } = await publicRead(path)
    expect(status).toBe(200)
    for (const secret of PRIVATE) expect(text).not.toContain(secret)
    expect(text).not.toContain(transport.comment)
    expect(text).not.toMatch(/"comments"|"quotedComments"|"comment"|"anonymisedText"/)
  })

  it('never contains what anyone wrote when read by id, in full depth', async () => {
    const { text } = await publicRead(`/feedback-reports/${report.id}?depth=5`)
    for (const secret of PRIVATE) expect(text).not.toContain(secret)
    const local = await ctx.t.payload.findByID({
      collection: 'feedback-reports',
      id: report.id,
      depth: 5,
      overrideAccess: false,
    })
    expect(JSON.stringify(local)).not.toMatch(/Jake|"comments"|"quotedComments"/)
  })

  it.each([
    'where[themes.comments.comment][contains]=Jake',
    'where[themes.comments.anonymisedText][contains]=transport',
    'where[themes.quotedComments.comment][like]=Jake',
    'where[themes.comments][exists]=true',
    'where[themes.comments][in]=1,2,3',
  ])('cannot be used to probe comments with a query: %s', async (query) => {
    const response = await api({ path: `/feedback-reports?${query}` })
    // Refused outright (Payload: the path cannot be queried), never a yes or no about a comment.
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/cannot be queried/)
  })

  it('keeps its history from the public', async () => {
    const versions = await api({ path: '/feedback-reports/versions' })
    expect(versions.status).toBe(403)
  })

  it('falls back to English where a translation is missing', async () => {
    const { text } = await publicRead(`/feedback-reports/${report.id}?locale=pl`)
    const doc = JSON.parse(text) as FeedbackReport
    expect(doc.title).toBe('Powiedzieliście, zrobiliśmy 2025-26')
    expect(doc.themes?.[0]?.whatPeopleSaid).toBe(
      'Families told us the transport pages do not say when to apply.',
    )
  })

  it('stays available when a later year is published', async () => {
    await ctx.t.payload.create({
      collection: 'feedback-reports',
      data: {
        year: '2026-27',
        title: 'You said, we did 2026-27',
        _status: 'published',
        themes: [theme()],
      },
    })
    const { text } = await publicRead('/feedback-reports?sort=-year')
    expect((JSON.parse(text).docs as FeedbackReport[]).map((d) => d.year)).toEqual([
      '2026-27',
      '2025-26',
    ])
  })
})

describe('exporting a year’s comments as CSV', () => {
  const exportCsv = (year: string, as?: Parameters<Api>[0]['as']) =>
    api({ path: `/comments/export?year=${encodeURIComponent(year)}`, as })

  it('is for staff only', async () => {
    expect((await exportCsv('2025-26')).status).toBe(401)
    expect((await exportCsv('2025-26', ctx.world.providerA)).status).toBe(403)
    expect((await exportCsv('2025-26', ctx.world.officer)).status).toBe(200)
    expect((await exportCsv('2025-26', ctx.world.admin)).status).toBe(200)
  })

  it('refuses the way every endpoint does, and no answer is cached', async () => {
    const signedOut = await exportCsv('2025-26')
    expect(signedOut.headers.get('cache-control')).toBe('no-store')
    expect(await signedOut.json()).toEqual({
      errors: [{ message: 'Sign in as an LA officer to export comments.' }],
    })
    const provider = await exportCsv('2025-26', ctx.world.providerA)
    expect(provider.headers.get('cache-control')).toBe('no-store')
    expect(await provider.json()).toEqual({
      errors: [{ message: 'Only LA officers and administrators can export comments.' }],
    })
    const badYear = await exportCsv('last year', ctx.world.officer)
    expect(badYear.headers.get('cache-control')).toBe('no-store')
    const csv = await exportCsv('2025-26', ctx.world.officer)
    expect(csv.headers.get('cache-control')).toBe('no-store')
  })

  it('asks for a year it understands', async () => {
    const response = await exportCsv('last year', ctx.world.officer)
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/2025-26/)
  })

  it('lists the year’s anonymised comments with their themes, responses and actions', async () => {
    const response = await exportCsv('2025-26', ctx.world.officer)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="comments-2025-26.csv"',
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    for (const secret of PRIVATE) expect(text).not.toContain(secret)
    expect(text).not.toContain(otherYear.anonymisedText)

    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    const forComment = (c: Comment) => rows.filter((r) => r['Comment ID'] === String(c.id))
    expect(forComment(transport).map((r) => r.Theme)).toEqual([
      'Home to school transport',
      'Reading the site on a phone',
    ])
    expect(forComment(transport)[0]).toMatchObject({
      'Sent on': '2025-10-02',
      'Reporting year': '2025-26',
      'Sent by': 'A parent or carer',
      About: 'Transport',
      'Anonymised comment': transport.anonymisedText,
      'You said': 'Families told us the transport pages do not say when to apply.',
      'Our response': 'You are right: the deadline was only in the policy document.',
      'What we will do':
        'We will put the deadline on the transport page and send reminders in May.',
      Progress: 'In progress',
    })
    expect(forComment(vexatious)[0]?.Status).toBe('Not to be published')
    expect(rows).toHaveLength(5)
  })

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const text = await (await exportCsv('2025-26', ctx.world.officer)).text()
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    const cell = rows.find((r) => r['Comment ID'] === String(formula.id))?.['Anonymised comment']
    expect(cell).toBe(`'${formula.anonymisedText}`)
    expect(cell?.startsWith("'=HYPERLINK")).toBe(true)
  })
})
