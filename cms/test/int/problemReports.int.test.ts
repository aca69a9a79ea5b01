import { describe, expect, it, beforeAll, afterAll } from 'vitest'

import { smtpEmailAdapter } from '../../src/email/emailAdapter'
import type { ProblemReport, Service } from '../../src/payload-types'
import { runReviewReminders } from '../../src/plugins/reviewReminders/runReviewReminders'
import { apiFor, formPost, jsonPost, type Api } from '../helpers/api'
import { createWorld, validService, type World } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/testSmtpServer'

/**
 * "Report a problem with this page" (POST /api/problem-reports/submit), called through Payload's
 * REST handler as the Next.js route does, with a real SMTP server receiving the e-mails.
 */
const SITE = 'https://localoffer.example.gov.uk'
const CMS = 'https://cms.example.gov.uk'
const LIMIT = 3

let t: TestPayload
let world: World
let smtp: TestSmtpServer
let api: Api

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  t = await startTestPayload({
    email: smtpEmailAdapter({ host: smtp.host, port: smtp.port, secure: false }),
    serverURL: CMS,
    feedback: {
      siteUrl: SITE,
      trustedProxyHops: 1,
      rateLimitPoints: LIMIT,
      rateLimitWindowSeconds: 600,
    },
  })
  world = await createWorld(t.payload)
  api = apiFor(t)
})
afterAll(async () => {
  await t?.shutdown()
  await smtp?.stop()
})

/** Each test sends from its own address, so one test's attempts never count against another's. */
let lastOctet = 0
const newAddress = () => ({ 'X-Forwarded-For': `203.0.113.${++lastOctet}` })

const submit = (fields: Record<string, string>, headers = newAddress()) =>
  api({ path: '/problem-reports/submit', ...formPost(fields, headers) })
const submitJson = (data: unknown, headers = newAddress()) =>
  api({ path: '/problem-reports/submit', ...jsonPost(data, headers) })

async function liveListing(overrides: Partial<Service> = {}): Promise<Service> {
  return t.payload.create({
    collection: 'services',
    data: { ...validService(world.orgA.id), ...overrides, _status: 'published' },
  })
}

const reportsOf = async (listing: Service): Promise<ProblemReport[]> =>
  (
    await t.payload.find({
      collection: 'problem-reports',
      where: { listing: { equals: listing.id } },
      limit: 0,
      depth: 0,
    })
  ).docs

const liveStatus = async (listing: Service) =>
  (await t.payload.findByID({ collection: 'services', id: listing.id, depth: 0 })).reviewStatus

const mailsAbout = (listing: Service) =>
  smtp.received.filter((mail) => mail.subject.includes(listing.name ?? '?'))

describe('a family reports a problem with the plain HTML form', () => {
  it('stores it with personal details removed, thanks them in their language, and tells the provider and the officer', async () => {
    const listing = await liveListing({ responsibleOfficer: world.officer.id })
    const response = await submit({
      listing: String(listing.slug),
      problem: 'wrong-contact-details',
      details: 'The number rings out. I am Jake Smith, call me on 07700 900123.',
      locale: 'pl',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/pl/report-a-problem/thank-you/`)

    const [report, ...others] = await reportsOf(listing)
    expect(others).toHaveLength(0)
    expect(report).toMatchObject({ problem: 'wrong-contact-details', status: 'open', locale: 'pl' })
    expect(report?.details).toContain('[phone]')
    expect(report?.details).not.toContain('07700')
    expect(report?.details).not.toContain('Jake')
    expect(report?.redactionSummary).toMatch(/phone number/)

    const mails = mailsAbout(listing)
    expect(mails.map((m) => m.to)).toEqual(
      expect.arrayContaining([
        [world.providerA.email.toLowerCase()],
        [world.officer.email.toLowerCase()],
      ]),
    )
    for (const mail of mails) {
      expect(mail.text).toContain('The contact details are wrong')
      expect(mail.text).toContain(`${CMS}/admin/collections/services/${listing.id}`)
      expect(mail.text).toContain(`${SITE}/services/${listing.slug}/`)
      expect(mail.text).toContain('[phone]')
      expect(mail.text).not.toContain('07700')
    }
    expect(report?.notified).toContain(world.providerA.email.toLowerCase())
  })

  it('makes the listing due for review until an officer resolves the report, and the review job keeps it so', async () => {
    const listing = await liveListing()
    expect(await liveStatus(listing)).toBe('current')
    await submit({ listing: String(listing.slug), problem: 'out-of-date' })
    expect(await liveStatus(listing)).toBe('due-soon')
    await runReviewReminders(t.payload)
    expect(await liveStatus(listing)).toBe('due-soon')

    const [report] = await reportsOf(listing)
    const resolved = await t.payload.update({
      collection: 'problem-reports',
      id: report!.id,
      data: { status: 'resolved' },
      overrideAccess: false,
      user: world.officer,
    })
    expect(resolved.resolvedAt).toBeTruthy()
    expect(
      String(
        resolved.resolvedBy && typeof resolved.resolvedBy === 'object'
          ? resolved.resolvedBy.id
          : resolved.resolvedBy,
      ),
    ).toBe(String(world.officer.id))
    expect(await liveStatus(listing)).toBe('current')
  })

  it('keeps the listing due for review after "Confirm still correct" while a report is open', async () => {
    const listing = await liveListing()
    await submit({ listing: String(listing.slug), problem: 'service-closed' })
    const confirmed = await api({
      method: 'POST',
      path: `/services/${listing.id}/confirm`,
      as: world.providerA,
    })
    expect(confirmed.status).toBe(200)
    expect(await liveStatus(listing)).toBe('due-soon')
  })

  it('thanks a robot that filled in the hidden field, and stores nothing', async () => {
    const listing = await liveListing()
    const response = await submit({
      listing: String(listing.slug),
      problem: 'out-of-date',
      website: 'http://spam.example',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/report-a-problem/thank-you/`)
    expect(await reportsOf(listing)).toHaveLength(0)
    expect(mailsAbout(listing)).toHaveLength(0)
  })

  it('sends a form for an unknown listing to the error page in the page language, saying why', async () => {
    const response = await submit({
      listing: 'no-such-listing',
      problem: 'out-of-date',
      locale: 'ar',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(
      `${SITE}/ar/report-a-problem/error/?reason=listing-unknown`,
    )
  })

  it('limits each address like the comment form, counting before anything else', async () => {
    const listing = await liveListing()
    const address = newAddress()
    for (let i = 0; i < LIMIT; i++) {
      const ok = await submit({ listing: String(listing.slug), problem: 'something-else' }, address)
      expect(ok.headers.get('location')).toContain('/thank-you/')
    }
    const refused = await submit(
      { listing: String(listing.slug), problem: 'something-else' },
      address,
    )
    expect(refused.status).toBe(303)
    expect(refused.headers.get('location')).toBe(
      `${SITE}/report-a-problem/error/?reason=rate-limited`,
    )
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await reportsOf(listing)).toHaveLength(LIMIT)
  })
})

describe('the endpoint as JSON', () => {
  it('answers an unknown listing with a clear 400', async () => {
    const response = await submitJson({ listing: 'no-such-listing', problem: 'out-of-date' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { message: string; errors: { code: string }[] }
    expect(body.errors.map((e) => e.code)).toEqual(['listing-unknown'])
    expect(body.message).toContain('no live listing "no-such-listing"')
  })

  it('refuses a draft that is not on the site as unknown', async () => {
    const response = await submitJson({
      listing: String(world.draftA.slug),
      problem: 'out-of-date',
    })
    expect(response.status).toBe(400)
  })

  it('refuses a missing problem with 400, naming it', async () => {
    const response = await submitJson({ listing: String(world.publishedA.slug) })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { code: string }[] }
    expect(body.errors.map((e) => e.code)).toEqual(['problem-invalid'])
  })

  it('accepts a report with 201', async () => {
    const response = await submitJson({
      listing: String(world.publishedB.slug),
      problem: 'out-of-date',
    })
    expect(response.status).toBe(201)
  })

  it('limits JSON the same way, with 429 and Retry-After', async () => {
    const address = newAddress()
    for (let i = 0; i < LIMIT; i++) await submitJson({ listing: 'x', problem: 'nope' }, address)
    const refused = await submitJson(
      { listing: String(world.publishedB.slug), problem: 'out-of-date' },
      address,
    )
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('deleting a listing', () => {
  it('deletes its reports with it', async () => {
    const listing = await liveListing()
    await submit({ listing: String(listing.slug), problem: 'out-of-date' })
    expect(await reportsOf(listing)).toHaveLength(1)
    await t.payload.delete({ collection: 'services', id: listing.id })
    const { totalDocs } = await t.payload.count({
      collection: 'problem-reports',
      where: { listing: { equals: listing.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the provider’s dashboard', () => {
  it('shows a reported listing as due for review now, with "Review now"', async () => {
    const { providerListings } = await import('../../src/providerDashboard/providerListings')
    const listing = await liveListing()
    await submit({ listing: String(listing.slug), problem: 'out-of-date' })
    const rows = await providerListings(t.payload, world.providerA)
    const row = rows.find((r) => String(r.id) === String(listing.id))
    expect(row?.status.kind).toBe('reported')
    expect(row?.status.action.label).toBe('Review now')
    // Never another organisation's listings.
    expect(rows.some((r) => String(r.id) === String(world.publishedB.id))).toBe(false)
  })
})
