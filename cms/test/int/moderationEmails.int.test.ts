import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { smtpEmailAdapter } from '../../src/email/emailAdapter'
import type { Service } from '../../src/payload-types'
import { createWorld, validService, type World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/testSmtpServer'

/**
 * Providers are e-mailed (issue 12 item 4) when an officer approves, returns (with the comment) or
 * withdraws their listing: through the CMS's SMTP setting, to a real SMTP server.
 */
const SITE = 'https://localoffer.example.gov.uk'
const CMS = 'https://cms.example.gov.uk'

let t: TestPayload
let world: World
let smtp: TestSmtpServer

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  t = await startTestPayload({
    email: smtpEmailAdapter({ host: smtp.host, port: smtp.port, secure: false }),
    serverURL: CMS,
    feedback: { siteUrl: SITE },
  })
  world = await createWorld(t.payload)
})
afterAll(async () => {
  await t?.shutdown()
  await smtp?.stop()
})

async function submittedChange(): Promise<Service> {
  const listing = await t.payload.create({
    collection: 'services',
    data: { ...validService(world.orgA.id), _status: 'published' },
  })
  await rest(t, 'PATCH', `/api/services/${listing.id}?draft=true`, {
    as: world.providerA,
    body: { summary: 'A new summary the provider wrote.' },
  })
  const submitted = await rest(t, 'POST', `/api/services/${listing.id}/submit`, {
    as: world.providerA,
  })
  expect(submitted.status).toBe(200)
  return listing
}

const mailsAbout = (listing: Service) =>
  smtp.received.filter((mail) => mail.subject.includes(listing.name ?? '?'))

describe('e-mails to the provider about an officer’s decision', () => {
  it('says a change was approved, with the listing’s links', async () => {
    const listing = await submittedChange()
    expect(mailsAbout(listing)).toHaveLength(0)
    const approved = await rest(t, 'POST', `/api/services/${listing.id}/approve`, {
      as: world.officer,
    })
    expect(approved.status).toBe(200)
    const [mail, ...others] = mailsAbout(listing)
    expect(others).toHaveLength(0)
    expect(mail?.to).toEqual([world.providerA.email.toLowerCase()])
    expect(mail?.subject).toBe(`Your change is approved and published: ${listing.name}`)
    expect(mail?.text).toContain(`${SITE}/services/${listing.slug}/`)
    expect(mail?.text).toContain(`${CMS}/admin/collections/services/${listing.id}`)
  })

  it('says a change was returned, with the officer’s comment', async () => {
    const listing = await submittedChange()
    const comment = 'Please say which ages the sessions are for.'
    const returned = await rest(t, 'POST', `/api/services/${listing.id}/return`, {
      as: world.officer,
      body: { comment },
    })
    expect(returned.status).toBe(200)
    const [mail, ...others] = mailsAbout(listing)
    expect(others).toHaveLength(0)
    expect(mail?.to).toEqual([world.providerA.email.toLowerCase()])
    expect(mail?.subject).toBe(`Your listing was returned with a comment: ${listing.name}`)
    expect(mail?.text).toContain(comment)
    expect(mail?.text).toContain(`${CMS}/admin/collections/services/${listing.id}`)
  })

  it('says the listing was withdrawn when an officer unpublishes it', async () => {
    const listing = await t.payload.create({
      collection: 'services',
      data: { ...validService(world.orgA.id), _status: 'published' },
    })
    const withdrawn = await rest(t, 'PATCH', `/api/services/${listing.id}`, {
      as: world.officer,
      body: { _status: 'draft' },
    })
    expect(withdrawn.status).toBe(200)
    const [mail, ...others] = mailsAbout(listing)
    expect(others).toHaveLength(0)
    expect(mail?.to).toEqual([world.providerA.email.toLowerCase()])
    expect(mail?.subject).toBe(`Your listing was taken off the Local Offer: ${listing.name}`)
  })

  it('sends nothing for a provider’s own draft save or submission', async () => {
    const listing = await submittedChange()
    expect(mailsAbout(listing)).toHaveLength(0)
  })
})
