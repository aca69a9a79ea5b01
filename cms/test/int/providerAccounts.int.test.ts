import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { smtpEmailAdapter } from '../../src/email/emailAdapter'
import { COUNCIL_SETTINGS_SLUG } from '../../src/globals/CouncilSettings'
import type { User } from '../../src/payload-types'
import { apiFor, formPost, jsonPost, type Api } from '../helpers/api'
import { createWorld, validCouncilSettings, type World } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/testSmtpServer'

/**
 * Providers join (issue 12 item 4): officers invite them, organisations ask for an account from
 * the site's form, and every e-mail goes through the CMS's SMTP setting to a real SMTP server.
 */
const SITE = 'https://localoffer.example.gov.uk'
const CMS = 'https://cms.example.gov.uk'
const COUNCIL = validCouncilSettings()

let t: TestPayload
let world: World
let smtp: TestSmtpServer
let api: Api
let address = 0

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  t = await startTestPayload({
    email: smtpEmailAdapter({ host: smtp.host, port: smtp.port, secure: false }),
    serverURL: CMS,
    feedback: { siteUrl: SITE },
  })
  world = await createWorld(t.payload)
  await t.payload.updateGlobal({ slug: COUNCIL_SETTINGS_SLUG, data: COUNCIL })
  api = apiFor(t)
})
afterAll(async () => {
  await t?.shutdown()
  await smtp?.stop()
})

/** Each test its own client address, so the rate limit only counts where a test means it to. */
const from = () => ({ 'X-Forwarded-For': `198.51.100.${++address}` })

const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email))

/** The invitation link in the last e-mail to `email`. */
function linkIn(email: string): string {
  const text = mailsTo(email).at(-1)?.text ?? ''
  const link = new RegExp(`${CMS}/api/users/invitation/[a-f0-9]+`).exec(text)?.[0]
  if (!link) throw new Error(`No invitation link in the e-mail to ${email}:\n${text}`)
  return link
}

const tokenOf = (link: string) => link.split('/').at(-1) ?? ''

const openLink = (link: string) => api({ path: link.slice(`${CMS}/api`.length) })

const userByEmail = async (email: string): Promise<User | undefined> =>
  (
    await t.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]

const invite = (as: User | undefined, body: Record<string, unknown>) =>
  api({ path: '/users/invite', ...jsonPost(body), as })

describe('an officer invites a provider', () => {
  it('makes a provider of the organisation with no usable password and e-mails a link', async () => {
    const email = 'new.provider@northbrook.example.org.uk'
    const response = await invite(world.officer, {
      // As the admin's form sends it: the select's value is text.
      organisation: String(world.orgA.id),
      name: 'Priya Shah',
      email: 'New.Provider@Northbrook.example.org.uk',
    })
    expect(response.status).toBe(201)
    const user = await userByEmail(email)
    expect(user).toMatchObject({
      role: 'provider',
      name: 'Priya Shah',
      invitationStatus: 'invited',
    })
    expect(user?.organisation).toBe(world.orgA.id)
    const [mail, ...others] = mailsTo(email)
    expect(others).toHaveLength(0)
    expect(mail?.subject).toBe(
      `${COUNCIL.councilName} invites you to keep your Local Offer listings up to date`,
    )
    expect(mail?.text).toContain(world.orgA.name)
    expect(mail?.text).toContain('7 days')
    expect(mail?.text).toContain(`${CMS}/admin/login`)
    expect(mail?.text).toContain(`The ${COUNCIL.shortName} Local Offer team`)
    // Nobody knows the password it was made with.
    await expect(
      t.payload.login({ collection: 'users', data: { email, password: 'password' } }),
    ).rejects.toThrow()

    // The link goes on to the admin's reset page; setting a password signs them in and joins them.
    const link = linkIn(email)
    const opened = await openLink(link)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`/admin/reset/${tokenOf(link)}`)
    const reset = await api({
      path: '/users/reset-password',
      ...jsonPost({ token: tokenOf(link), password: 'a long password of my own' }),
    })
    expect(reset.status).toBe(200)
    expect((await userByEmail(email))?.invitationStatus).toBe('joined')
    const signedIn = await t.payload.login({
      collection: 'users',
      data: { email, password: 'a long password of my own' },
    })
    expect(signedIn.user?.email).toBe(email)

    // Used once, the link now says it no longer works and who to ask.
    const again = await openLink(link)
    expect(again.status).toBe(410)
    const page = await again.text()
    expect(page).toContain('This invitation link no longer works')
    expect(page).toContain(`Ask ${COUNCIL.councilName} for a new invitation`)
    expect(page).toContain(COUNCIL.contact.email)
  })

  it('lets an officer send the invitation again: the new link works, the old one does not', async () => {
    const email = 'resend.me@eastfield.example.org.uk'
    expect(
      (await invite(world.officer, { organisation: world.orgB.id, name: 'Sam Lee', email })).status,
    ).toBe(201)
    const first = linkIn(email)
    const user = await userByEmail(email)
    const resent = await api({
      path: `/users/${user?.id}/resend-invitation`,
      method: 'POST',
      as: world.officer,
    })
    expect(resent.status).toBe(200)
    expect(mailsTo(email)).toHaveLength(2)
    const second = linkIn(email)
    expect(second).not.toBe(first)
    expect((await openLink(first)).status).toBe(410)
    expect((await openLink(second)).status).toBe(303)
  })

  it('shows the ended page for a link past its expiry, and for a made-up token', async () => {
    const email = 'too.late@northbrook.example.org.uk'
    await invite(world.officer, { organisation: world.orgA.id, name: 'Jo Late', email })
    const link = linkIn(email)
    const user = await userByEmail(email)
    await t.payload.db.updateOne({
      collection: 'users',
      id: user!.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
      req: {},
    })
    expect((await openLink(link)).status).toBe(410)
    expect((await openLink(`${CMS}/api/users/invitation/${'0'.repeat(40)}`)).status).toBe(410)
    // Payload's own reset operation refuses the expired token too.
    const reset = await api({
      path: '/users/reset-password',
      ...jsonPost({ token: tokenOf(link), password: 'too late for this one' }),
    })
    expect(reset.status).toBe(403)
  })

  it('refuses an address that already has an account, and a joined user cannot be re-invited', async () => {
    const taken = await invite(world.officer, {
      organisation: world.orgA.id,
      name: 'Someone',
      email: world.providerB.email,
    })
    expect(taken.status).toBe(409)
    const joined = await api({
      path: `/users/${world.providerA.id}/resend-invitation`,
      method: 'POST',
      as: world.officer,
    })
    expect(joined.status).toBe(409)
  })

  it('says what is wrong with the form', async () => {
    const cases = [
      { organisation: world.orgA.id, name: '', email: 'a@example.org.uk' },
      { organisation: world.orgA.id, name: 'A', email: 'not-an-address' },
      { organisation: 999999, name: 'A', email: 'b@example.org.uk' },
    ]
    for (const body of cases) {
      const response = await invite(world.officer, body)
      expect(response.status).toBe(400)
    }
    expect(await userByEmail('b@example.org.uk')).toBeUndefined()
  })
})

const validRequest = {
  organisationName: 'Riverside Play Group',
  contactName: 'Amira Haddad',
  email: 'amira@riverside.example.org',
  phone: '0121 496 0123',
  offer: 'Saturday play sessions for children with SEND aged 4 to 11.',
  registrationNumber: 'EY123456',
}

const requestsFrom = async (email: string) =>
  (
    await t.payload.find({
      collection: 'account-requests',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs

describe('an organisation asks for an account from the site', () => {
  it('takes the plain form, thanks them in their language and tells the council', async () => {
    const email = 'ask.pl@riverside.example.org'
    const response = await api({
      path: '/account-requests/submit',
      ...formPost({ ...validRequest, email, locale: 'pl', website: '' }, from()),
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/pl/ask-for-an-account/thank-you/`)
    const [saved, ...others] = await requestsFrom(email)
    expect(others).toHaveLength(0)
    expect(saved).toMatchObject({ ...validRequest, email, locale: 'pl', status: 'waiting' })
    const [notice] = mailsTo(COUNCIL.contact.email).filter((m) => m.text.includes(email))
    expect(notice?.subject).toBe(
      `An organisation asked for a Local Offer account: ${validRequest.organisationName}`,
    )
    expect(notice?.text).toContain(`${CMS}/admin/collections/account-requests/${saved?.id}`)
  })

  it('sends a wrong form back to the error page with every wrong field named', async () => {
    const response = await api({
      path: '/account-requests/submit',
      ...formPost(
        { organisationName: '', contactName: 'A', email: 'nope', offer: '', locale: 'ar' },
        from(),
      ),
    })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/ar/ask-for-an-account/error/`)
    expect(location.searchParams.getAll('reason')).toEqual([
      'organisation-name-missing',
      'email-invalid',
      'offer-missing',
    ])
    expect(await requestsFrom('nope')).toHaveLength(0)
  })

  it('answers JSON with the fields, drops the honeypot silently and counts the rate limit', async () => {
    const json = await api({
      path: '/account-requests/submit',
      ...jsonPost({ ...validRequest, phone: '12' }, from()),
    })
    expect(json.status).toBe(400)
    const body = (await json.json()) as { errors: Array<{ field: string; code: string }> }
    expect(body.errors).toEqual([
      expect.objectContaining({ field: 'phone', code: 'phone-invalid' }),
    ])

    const spam = await api({
      path: '/account-requests/submit',
      ...formPost({ ...validRequest, email: 'bot@spam.example', website: 'x' }, from()),
    })
    expect(spam.headers.get('location')).toBe(`${SITE}/ask-for-an-account/thank-you/`)
    expect(await requestsFrom('bot@spam.example')).toHaveLength(0)

    // The comment form's limit (5 in its window by default), counted per address.
    const one = from()
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const r = await api({
        path: '/account-requests/submit',
        ...jsonPost({ ...validRequest, email: `limit${i}@riverside.example.org` }, one),
      })
      statuses.push(r.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })
})

describe('an officer decides a request', () => {
  const ask = async (email: string, organisationName = validRequest.organisationName) => {
    const response = await api({
      path: '/account-requests/submit',
      ...jsonPost({ ...validRequest, organisationName, email }, from()),
    })
    expect(response.status).toBe(201)
    const [request] = await requestsFrom(email)
    return request!
  }
  const decide = (id: number, data: Record<string, unknown>) =>
    api({ method: 'PATCH', path: `/account-requests/${id}`, ...jsonBody(data), as: world.officer })
  const jsonBody = (data: unknown) => ({
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  })

  it('approves: creates the organisation, invites the contact, who is told it was approved', async () => {
    const email = 'approve.me@riverside.example.org'
    const request = await ask(email, 'Riverside Play Group (approved)')
    expect((await decide(request.id, { status: 'approved' })).status).toBe(400)
    const approved = await decide(request.id, { status: 'approved', organisationType: 'charity' })
    expect(approved.status).toBe(200)
    const after = await t.payload.findByID({
      collection: 'account-requests',
      id: request.id,
      overrideAccess: true,
      depth: 1,
    })
    expect(after.status).toBe('approved')
    const organisation = typeof after.organisation === 'object' ? after.organisation : null
    expect(organisation).toMatchObject({
      name: 'Riverside Play Group (approved)',
      type: 'charity',
      registrationNumber: validRequest.registrationNumber,
    })
    const user = await userByEmail(email)
    expect(user).toMatchObject({ role: 'provider', invitationStatus: 'invited' })
    expect(user?.organisation).toBe(organisation?.id)
    const [mail] = mailsTo(email)
    expect(mail?.text).toContain('your request has been approved')
    expect((await openLink(linkIn(email))).status).toBe(303)
    // The decision stands.
    expect((await decide(request.id, { status: 'declined', declineReason: 'x' })).status).toBe(400)
  })

  it('approves by linking an organisation already on the Local Offer', async () => {
    const email = 'link.me@northbrook.example.org.uk'
    const request = await ask(email)
    const before = await t.payload.count({ collection: 'organisations', overrideAccess: true })
    const approved = await decide(request.id, { status: 'approved', organisation: world.orgA.id })
    expect(approved.status).toBe(200)
    expect(
      (await t.payload.count({ collection: 'organisations', overrideAccess: true })).totalDocs,
    ).toBe(before.totalDocs)
    expect((await userByEmail(email))?.organisation).toBe(world.orgA.id)
  })

  it('declines with a reason, which the requester is sent', async () => {
    const email = 'decline.me@riverside.example.org'
    const request = await ask(email)
    expect((await decide(request.id, { status: 'declined' })).status).toBe(400)
    const reason = 'The Local Offer lists services for children and young people with SEND only.'
    const declined = await decide(request.id, { status: 'declined', declineReason: reason })
    expect(declined.status).toBe(200)
    const [mail, ...others] = mailsTo(email)
    expect(others).toHaveLength(0)
    expect(mail?.subject).toBe(
      `Your request for a Local Offer account: ${validRequest.organisationName}`,
    )
    expect(mail?.text).toContain(reason)
    expect(mail?.text).toContain(COUNCIL.councilName)
    expect(mail?.text).toContain(COUNCIL.contact.email)
    expect(await userByEmail(email)).toBeUndefined()
  })
})
