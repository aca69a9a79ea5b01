/**
 * Issue 12 item 3: a council's empty start. On an empty CMS the first account (the admin panel's
 * "create first user" screen, POST /api/users/first-register) becomes an administrator whatever
 * role it asked for; after it nobody registers themselves; and the setup checklist's facts tick
 * as the council's first day goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Organisation, User } from '../../src/payload-types'
import { setupFacts } from '../../src/plugins/setupChecklist/setupFacts'
import { validCouncilSettings, validService } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const PASSWORD = 'a long first-day passphrase'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.shutdown())

describe('an empty start', () => {
  let admin: User
  let organisation: Organisation

  it('starts with nothing done', async () => {
    const facts = await setupFacts(t.payload)
    expect(facts).toMatchObject({
      areasSetUp: false,
      organisations: 0,
      providers: 0,
      publishedListings: 0,
      accessibilityReviewed: false,
    })
    expect(facts.missingCouncilSettings).toContain('Council name (English)')
    expect(facts.missingCouncilSettings).toContain('Accessibility statement: date last reviewed')
  })

  it('makes the first account an administrator, whatever role it asked for', async () => {
    const response = await rest<{ user: User }>(t, 'POST', '/api/users/first-register', {
      body: {
        name: 'First Admin',
        email: 'first@council.example.gov.uk',
        password: PASSWORD,
        role: 'provider',
      },
    })
    expect(response.status).toBe(200)
    expect(response.body.user.role).toBe('admin')
    const stored = await t.payload.findByID({ collection: 'users', id: response.body.user.id })
    expect(stored.role).toBe('admin')
    expect(stored.organisation ?? null).toBeNull()
    admin = stored
  })

  it('lets nobody else register themselves, as first user or otherwise', async () => {
    const again = await rest(t, 'POST', '/api/users/first-register', {
      body: { name: 'Second', email: 'second@example.org.uk', password: PASSWORD, role: 'admin' },
    })
    expect(again.status).toBe(403)
    const anonymous = await rest(t, 'POST', '/api/users', {
      body: { name: 'Anon', email: 'anon@example.org.uk', password: PASSWORD, role: 'admin' },
    })
    expect(anonymous.status).toBe(403)
    const users = await t.payload.find({ collection: 'users', limit: 0 })
    expect(users.docs.map((user) => user.email)).toEqual(['first@council.example.gov.uk'])
  })

  it('leaves the role of later accounts as the administrator chose it', async () => {
    const response = await rest<{ doc: User }>(t, 'POST', '/api/users', {
      as: admin,
      password: PASSWORD,
      body: {
        name: 'An Officer',
        email: 'officer@council.example.gov.uk',
        password: PASSWORD,
        role: 'officer',
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('officer')
  })

  it('ticks each step of the checklist as the first day goes on', async () => {
    // The CMS refuses to save incomplete settings, so they go from nothing to complete.
    await t.payload.updateGlobal({ slug: 'council-settings', data: validCouncilSettings() })
    organisation = await t.payload.create({
      collection: 'organisations',
      data: { name: 'First Provider Trust', type: 'charity' },
    })
    let facts = await setupFacts(t.payload)
    expect(facts).toMatchObject({
      missingCouncilSettings: [],
      accessibilityReviewed: true,
      organisations: 1,
      providers: 0,
    })

    await t.payload.create({
      collection: 'users',
      data: {
        name: 'A Provider',
        email: 'provider@first.example.org.uk',
        password: PASSWORD,
        role: 'provider',
        organisation: organisation.id,
      },
    })
    // A draft is not a published listing.
    const listing = await t.payload.create({
      collection: 'services',
      data: { ...validService(organisation.id), _status: 'draft' },
      draft: true,
    })
    facts = await setupFacts(t.payload)
    expect(facts).toMatchObject({ providers: 1, publishedListings: 0 })

    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { _status: 'published' },
    })
    // Areas: the council's first locality, covering a postcode district.
    await t.payload.create({
      collection: 'localities',
      data: { name: 'Town centre', postcodeAreas: ['SW1A'] },
    })
    facts = await setupFacts(t.payload)
    expect(facts).toMatchObject({
      missingCouncilSettings: [],
      areasSetUp: true,
      organisations: 1,
      providers: 1,
      publishedListings: 1,
      accessibilityReviewed: true,
    })
  })
})
