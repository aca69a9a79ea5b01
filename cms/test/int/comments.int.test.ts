import { COMMENT_MAX_LENGTH, reportingYearOf } from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import type { Comment, User } from '../../src/payload-types'
import { apiFor, formPost, jsonPost, type Api } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * The public comment endpoint (POST /api/comments/submit), called through Payload's REST
 * handler exactly as the Next.js route does, and the privacy of the comments it stores.
 */
const SITE = 'https://localoffer.example.gov.uk'
const LIMIT = 5
const ctx = useTestWorld({
  feedback: {
    siteUrl: SITE,
    trustedProxyHops: 1,
    rateLimitPoints: LIMIT,
    rateLimitWindowSeconds: 600,
  },
})

let api: Api
const client = () => (api ??= apiFor(ctx.t))

/** Each test sends from its own address, so one test's attempts never count against another's. */
let lastOctet = 0
const newAddress = () => ({ 'X-Forwarded-For': `198.51.100.${++lastOctet}` })

const submit = (fields: Record<string, string>, headers = newAddress()) =>
  client()({ path: '/comments/submit', ...formPost(fields, headers) })
const submitJson = (data: unknown, headers = newAddress()) =>
  client()({ path: '/comments/submit', ...jsonPost(data, headers) })

async function storedWith(marker: string): Promise<Comment[]> {
  const { docs } = await ctx.t.payload.find({
    collection: 'comments',
    where: { comment: { contains: marker } },
    limit: 0,
  })
  return docs
}

/** A reference to find a comment by: digits, so redaction never mistakes it for a name. */
let reference = 0
const unique = () => `ref-${1_000_000 + ++reference * 7919}`

describe('sending a comment with the plain HTML form', () => {
  it('stores it and sends the browser to the thank-you page', async () => {
    const marker = unique()
    const response = await submit({
      comment: `  The transport page does not say when to apply. ${marker}  `,
      respondent: 'parent-carer',
      topic: 'transport',
      locale: 'en',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/feedback/thank-you/`)
    const [stored, ...others] = await storedWith(marker)
    expect(others).toHaveLength(0)
    expect(stored).toMatchObject({
      comment: `The transport page does not say when to apply. ${marker}`,
      respondent: 'parent-carer',
      topic: 'transport',
      locale: 'en',
      status: 'new',
      reportingYear: reportingYearOf(new Date()),
    })
  })

  it('thanks in the language of the page it was sent from', async () => {
    const response = await submit({
      comment: `Strona jest bardzo pomocna. ${unique()}`,
      locale: 'pl',
    })
    expect(response.headers.get('location')).toBe(`${SITE}/pl/feedback/thank-you/`)
  })

  it('anonymises it as it is stored and keeps what was written privately', async () => {
    const marker = unique()
    await submit({
      comment: `My son Jake goes to Northbrook Primary, call me on 07700 900123. ${marker}`,
    })
    const [stored] = await storedWith(marker)
    expect(stored?.comment).toContain('Jake')
    expect(stored?.anonymisedText).toBe(
      `My son [name] goes to [school], call me on [phone]. ${marker}`,
    )
    expect(stored?.anonymisedTextEdited).toBe(false)
    expect(stored?.redactionSummary).toMatch(/1 phone number, 1 school name, 1 name/)
  })

  it.each([
    ['an empty comment', '', 'comment-missing'],
    ['only spaces and line breaks', '   \n\t  \r\n ', 'comment-missing'],
    ['a comment too short to act on', 'bad', 'comment-too-short'],
    ['a comment over the limit', 'x'.repeat(COMMENT_MAX_LENGTH + 1), 'comment-too-long'],
  ])('sends %s to the error page with the reason, storing nothing', async (_, comment, reason) => {
    const before = await ctx.t.payload.count({ collection: 'comments' })
    const response = await submit({ comment, locale: 'ar' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/ar/feedback/error/?reason=${reason}`)
    expect((await ctx.t.payload.count({ collection: 'comments' })).totalDocs).toBe(before.totalDocs)
  })

  it('names every problem in the error page address', async () => {
    const response = await submit({ comment: '', respondent: 'robot', topic: 'weather' })
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.pathname).toBe('/feedback/error/')
    expect(location.searchParams.getAll('reason')).toEqual([
      'comment-missing',
      'respondent-invalid',
      'topic-invalid',
    ])
  })

  it('accepts a multipart form too', async () => {
    const marker = unique()
    const form = new FormData()
    form.set('comment', `Sent as multipart form data. ${marker}`)
    const response = await client()({
      path: '/comments/submit',
      method: 'POST',
      headers: newAddress(),
      body: form,
    })
    expect(response.status).toBe(303)
    expect(await storedWith(marker)).toHaveLength(1)
  })
})

describe('sending a comment as JSON', () => {
  it('answers 201 and stores it', async () => {
    const marker = unique()
    const response = await submitJson({
      comment: `The glossary helped me a lot. ${marker}`,
      respondent: 'child-young-person',
      topic: 'website',
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ status: 'received' })
    expect(await storedWith(marker)).toHaveLength(1)
  })

  it('answers 400 with each field error and what to fix', async () => {
    const response = await submitJson({ comment: '   ', respondent: 'robot' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: { field: string; code: string; message: string }[]
    }
    expect(body.errors).toEqual([
      { field: 'comment', code: 'comment-missing', message: 'Enter your comment' },
      {
        field: 'respondent',
        code: 'respondent-invalid',
        message: expect.stringContaining('Choose who you are'),
      },
    ])
  })

  it('refuses what is not a form or JSON (415) and bodies over 64 KB (413)', async () => {
    const text = await client()({
      path: '/comments/submit',
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...newAddress() },
      body: 'A comment sent as plain text.',
    })
    expect(text.status).toBe(415)
    const notJson = await client()({
      path: '/comments/submit',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...newAddress() },
      body: '{"comment": ',
    })
    expect(notJson.status).toBe(415)
    const huge = await submitJson({ comment: 'y'.repeat(70 * 1024) })
    expect(huge.status).toBe(413)
  })
})

describe('spam and unsafe text', () => {
  it('thanks a robot that fills the hidden field, and stores nothing', async () => {
    const marker = unique()
    const form = await submit({
      comment: `Cheap pills here ${marker}`,
      website: 'http://spam.example',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(`${SITE}/feedback/thank-you/`)
    const json = await submitJson({ comment: `Cheap pills here ${marker}`, website: 'x' })
    expect(json.status).toBe(201)
    expect(await storedWith(marker)).toHaveLength(0)
  })

  it('stores markup exactly as typed, as inert text', async () => {
    const marker = unique()
    const markup = `<script>alert('x')</script><img src=x onerror="alert(1)"> =cmd|' /C calc'!A0 ${marker}`
    await submit({ comment: markup })
    const [stored] = await storedWith(marker)
    expect(stored?.comment).toBe(markup)
    expect(stored?.anonymisedText).toContain("<script>alert('x')</script>")
  })

  it('removes control characters the databases cannot store, keeping line breaks', async () => {
    const marker = unique()
    await submitJson({ comment: `First line\u0000\u0007\r\nsecond line ${marker}` })
    const [stored] = await storedWith(marker)
    expect(stored?.comment).toBe(`First line\nsecond line ${marker}`)
  })
})

describe('the rate limit per address', () => {
  it(`accepts ${LIMIT} comments from one address, then refuses with Retry-After`, async () => {
    const address = newAddress()
    for (let i = 0; i < LIMIT; i++) {
      const ok = await submitJson({ comment: `Comment number ${i} from one address.` }, address)
      expect(ok.status).toBe(201)
    }
    const refused = await submitJson({ comment: 'One comment too many from here.' }, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    const form = await submit({ comment: 'And again, from the form.', locale: 'pl' }, address)
    expect(form.headers.get('location')).toBe(`${SITE}/pl/feedback/error/?reason=rate-limited`)
    // Another address is not affected.
    expect((await submitJson({ comment: 'A neighbour writes in.' })).status).toBe(201)
  })

  it('lets exactly the limit through when a burst arrives at once', async () => {
    const address = newAddress()
    const marker = unique()
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submitJson({ comment: `Burst comment ${i} ${marker}` }, address),
      ),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LIMIT)
    expect(await storedWith(marker)).toHaveLength(LIMIT)
  })

  it('counts the client named by the trusted proxy, not what the client claims before it', async () => {
    const address = newAddress()['X-Forwarded-For']
    const spoofing = (i: number) => ({ 'X-Forwarded-For': `203.0.113.${i}, ${address}` })
    const statuses = []
    for (let i = 0; i <= LIMIT; i++) {
      statuses.push(
        (await submitJson({ comment: `Pretending to be someone else ${i}` }, spoofing(i))).status,
      )
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(201), 429])
  })
})

describe('who can see and change comments', () => {
  const as = (user: User | undefined) => (user ? { as: user } : {})

  it('keeps them from the public and providers, on the REST API and the Local API', async () => {
    await submitJson({ comment: `A private comment. ${unique()}` })
    const { world } = ctx
    for (const user of [undefined, world.providerA, world.providerB]) {
      const list = await client()({ path: '/comments', ...as(user) })
      expect(list.status).toBe(403)
      await expect(
        ctx.t.payload.find({ collection: 'comments', overrideAccess: false, user }),
      ).rejects.toThrow()
    }
    for (const user of [world.officer, world.admin]) {
      const list = await client()({ path: '/comments', ...as(user) })
      expect(list.status).toBe(200)
      expect(((await list.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
    }
  })

  it('lets nobody create one through the normal API, not even staff', async () => {
    for (const user of [undefined, ctx.world.providerA, ctx.world.officer, ctx.world.admin]) {
      const created = await client()({
        path: '/comments',
        ...jsonPost({
          comment: 'Made through the REST API.',
          respondent: 'professional',
          topic: 'general',
          status: 'new',
        }),
        ...as(user),
      })
      expect(created.status).toBe(403)
    }
  })

  it('keeps an officer’s edit but still removes anything identifying from it', async () => {
    const marker = unique()
    await submitJson({ comment: `The SENCO was great. ${marker}` })
    const [stored] = await storedWith(marker)
    const updated = await ctx.t.payload.update({
      collection: 'comments',
      id: stored!.id,
      data: {
        anonymisedText: `The SENCO, Mrs Begum, was great. Ring 0121 496 0123. ${marker}`,
        comment: 'An attempt to rewrite what was sent.',
      },
      overrideAccess: false,
      user: ctx.world.officer,
    })
    expect(updated.anonymisedText).toBe(`The SENCO, [name], was great. Ring [phone]. ${marker}`)
    expect(updated.anonymisedTextEdited).toBe(true)
    expect(updated.redactionSummary).toBe(
      'Your edit still contained 1 phone number, 1 name, which was replaced when you saved.',
    )
    expect(updated.comment).toBe(`The SENCO was great. ${marker}`)

    const clean = await ctx.t.payload.update({
      collection: 'comments',
      id: stored!.id,
      data: { anonymisedText: `An officer's shorter version. ${marker}` },
      overrideAccess: false,
      user: ctx.world.officer,
    })
    expect(clean.anonymisedText).toBe(`An officer's shorter version. ${marker}`)
    expect(clean.redactionSummary).toMatch(/nothing identifying/)

    const remade = await ctx.t.payload.update({
      collection: 'comments',
      id: stored!.id,
      data: { anonymisedText: '' },
      overrideAccess: false,
      user: ctx.world.officer,
    })
    expect(remade.anonymisedText).toBe(`The SENCO was great. ${marker}`)
    expect(remade.anonymisedTextEdited).toBe(false)
  })

  it('refuses updates from providers', async () => {
    const marker = unique()
    await submitJson({ comment: `Something for the officers. ${marker}` })
    const [stored] = await storedWith(marker)
    await expect(
      ctx.t.payload.update({
        collection: 'comments',
        id: stored!.id,
        data: { status: 'reviewed' },
        overrideAccess: false,
        user: ctx.world.providerA,
      }),
    ).rejects.toThrow()
  })
})
