import { startOfDay } from 'date-fns/startOfDay'
import { subDays } from 'date-fns/subDays'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { confirmStillCorrect } from '../../src/moderation/moderationActions'
import type { AuditLog, Service, User } from '../../src/payload-types'
import { validService } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Moderation through the REST API: providers save drafts and submit their own organisation's
 * listings; officers approve (publish) or return them with a comment; every publish, return and
 * withdrawal is in an audit log that nobody can change and providers cannot read.
 */
const context = useTestWorld()

const asUser = (user: User) => ({
  overrideAccess: false,
  user: { ...user, collection: 'users' as const },
})

async function publishedListing(overrides: Partial<Service> = {}): Promise<Service> {
  const { t, world } = context
  return t.payload.create({
    collection: 'services',
    data: { ...validService(world.orgA.id), ...overrides, _status: 'published' },
  })
}

async function providerDraft(
  listing: Service,
  data: Partial<Service>,
  user = context.world.providerA,
) {
  return context.t.payload.update({
    collection: 'services',
    id: listing.id,
    data,
    draft: true,
    ...asUser(user),
  })
}

const latest = (id: Service['id']) =>
  context.t.payload.findByID({ collection: 'services', id, draft: true })
const live = (id: Service['id']) =>
  context.t.payload.findByID({ collection: 'services', id, overrideAccess: false })

async function auditOf(listing: Service): Promise<AuditLog[]> {
  const { docs } = await context.t.payload.find({
    collection: 'audit-log',
    where: { listing: { equals: listing.id } },
    sort: 'createdAt',
    limit: 0,
    depth: 0,
  })
  return docs
}

const actorId = (entry: AuditLog) =>
  typeof entry.actor === 'object' ? entry.actor?.id : entry.actor

describe('a provider’s change is a draft until an officer approves it', () => {
  it('the provider saves a draft and submits it; the live listing is unchanged', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await providerDraft(listing, { name: 'Speech and language drop-in (new times)' })
    expect((await latest(listing.id)).moderation).toBe('draft')

    const submitted = await rest(t, 'POST', `/api/services/${listing.id}/submit`, {
      as: world.providerA,
    })
    expect(submitted.status).toBe(200)
    expect((await latest(listing.id)).moderation).toBe('submitted')
    expect((await live(listing.id)).name).toBe(listing.name)
  })

  it('a provider cannot submit another organisation’s listing', async () => {
    const { t, world } = context
    const other = await t.payload.create({
      collection: 'services',
      data: { ...validService(world.orgB.id), _status: 'published' },
    })
    await t.payload.update({
      collection: 'services',
      id: other.id,
      data: { summary: 'A change by Eastfield.' },
      draft: true,
    })
    const response = await rest(t, 'POST', `/api/services/${other.id}/submit`, {
      as: world.providerA,
    })
    expect(response.status).toBe(404)
    expect((await latest(other.id)).moderation).toBe('draft')
  })

  it('a provider cannot approve or return, even its own listing', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await providerDraft(listing, { summary: 'Sessions now on Tuesdays too.' })
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    const approve = await rest(t, 'POST', `/api/services/${listing.id}/approve`, {
      as: world.providerA,
    })
    expect(approve.status).toBe(403)
    const giveBack = await rest(t, 'POST', `/api/services/${listing.id}/return`, {
      as: world.providerA,
      body: { comment: 'Looks fine to me' },
    })
    expect(giveBack.status).toBe(403)
    expect((await latest(listing.id)).moderation).toBe('submitted')
    expect((await live(listing.id)).summary).toBe(listing.summary)
    expect(await auditOf(listing)).toHaveLength(1) // only its creation as a published listing
  })

  it('a provider cannot bypass moderation with a save that is not a draft', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    const response = await rest(t, 'PATCH', `/api/services/${listing.id}`, {
      as: world.providerA,
      body: { name: 'Published without review' },
    })
    expect(response.status).toBe(403)
    expect((await live(listing.id)).name).toBe(listing.name)
  })

  it('a provider cannot take a live listing off the site by saving it as an unpublished listing', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    const response = await rest(t, 'PATCH', `/api/services/${listing.id}`, {
      as: world.providerA,
      body: { _status: 'draft', summary: 'Gone.' },
    })
    expect(response.status).toBe(403)
    expect((await live(listing.id)).summary).toBe(listing.summary)
  })

  it('a provider cannot set the moderation state itself', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    const response = await rest<{ doc: Service }>(
      t,
      'PATCH',
      `/api/services/${listing.id}?draft=true`,
      { as: world.providerA, body: { summary: 'Changed summary.', moderation: 'approved' } },
    )
    expect(response.status).toBe(200)
    expect((await latest(listing.id)).moderation).toBe('draft')
  })

  it('a provider’s further edit needs resubmitting; an officer’s edit leaves it in the queue', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await providerDraft(listing, { summary: 'First go.' })
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    await providerDraft(listing, { summary: 'Second go.' })
    expect((await latest(listing.id)).moderation).toBe('draft')
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    await providerDraft(listing, { summary: 'Second go, tidied by the officer.' }, world.officer)
    expect((await latest(listing.id)).moderation).toBe('submitted')
  })

  it('there is nothing to submit until a draft is saved', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    const response = await rest(t, 'POST', `/api/services/${listing.id}/submit`, {
      as: world.providerA,
    })
    expect(response.status).toBe(409)
  })
})

describe('an officer approves or returns a submission', () => {
  it('approving publishes the draft, and the publish is audited with who, what and which version', async () => {
    const { t, world } = context
    const listing = await publishedListing({ lastReviewed: '2026-01-05T00:00:00.000Z' })
    await providerDraft(listing, { name: 'Drop-in with a new name' })
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    const { docs: versions } = await t.payload.findVersions({
      collection: 'services',
      where: { parent: { equals: listing.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    const approved = await rest(t, 'POST', `/api/services/${listing.id}/approve`, {
      as: world.officer,
      body: { versionId: String(versions[0]!.id) },
    })
    expect(approved.status).toBe(200)

    const now = await live(listing.id)
    expect(now.name).toBe('Drop-in with a new name')
    expect(now.moderation).toBe('approved')
    // An officer's approval is a review: the listing is current again from today.
    expect(new Date(now.lastReviewed).getTime()).toBe(startOfDay(new Date()).getTime())
    expect(now.reviewStatus).toBe('current')

    const entries = await auditOf(listing)
    const publish = entries.at(-1)!
    expect(publish.action).toBe('publish')
    expect(String(actorId(publish))).toBe(String(world.officer.id))
    expect(publish.listingName).toBe('Drop-in with a new name')
    const { docs: after } = await t.payload.findVersions({
      collection: 'services',
      where: { parent: { equals: listing.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    expect(publish.versionId).toBe(String(after[0]!.id))
  })

  it('approving changes the officer has not seen is refused', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await providerDraft(listing, { summary: 'First change.' })
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    const response = await rest(t, 'POST', `/api/services/${listing.id}/approve`, {
      as: world.officer,
      body: { versionId: 'not-the-latest' },
    })
    expect(response.status).toBe(409)
    expect((await live(listing.id)).summary).toBe(listing.summary)
  })

  it('returning needs a comment, which the provider then sees on the listing', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await providerDraft(listing, { summary: 'We do everything for everyone.' })
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })

    const withoutComment = await rest(t, 'POST', `/api/services/${listing.id}/return`, {
      as: world.officer,
      body: { comment: '   ' },
    })
    expect(withoutComment.status).toBe(400)

    const comment = 'Please say which ages the sessions are for.'
    const returned = await rest(t, 'POST', `/api/services/${listing.id}/return`, {
      as: world.officer,
      body: { comment },
    })
    expect(returned.status).toBe(200)

    const seen = await rest<Service>(t, 'GET', `/api/services/${listing.id}?draft=true`, {
      as: world.providerA,
    })
    expect(seen.body.moderation).toBe('returned')
    expect(seen.body.moderationComment).toBe(comment)
    expect((await live(listing.id)).summary).toBe(listing.summary)

    // Editing keeps the comment in view; resubmitting clears it.
    await providerDraft(listing, { summary: 'Sessions for children aged 0 to 5.' })
    expect((await latest(listing.id)).moderationComment).toBe(comment)
    await rest(t, 'POST', `/api/services/${listing.id}/submit`, { as: world.providerA })
    const resubmitted = await latest(listing.id)
    expect(resubmitted.moderation).toBe('submitted')
    expect(resubmitted.moderationComment).toBeFalsy()

    const entry = (await auditOf(listing)).find((e) => e.action === 'return')
    expect(entry?.comment).toBe(comment)
    expect(String(entry && actorId(entry))).toBe(String(world.officer.id))
    expect(entry?.versionId).toBeTruthy()
  })

  it('an officer pressing Publish, and unpublishing, are audited too', async () => {
    const { t, world } = context
    const listing = await publishedListing()
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { summary: 'Edited and published by the officer.', _status: 'published' },
      ...asUser(world.officer),
    })
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { _status: 'draft' },
      ...asUser(world.officer),
    })
    const actions = (await auditOf(listing)).map((e) => [e.action, e.actorLabel])
    expect(actions.slice(1)).toEqual([
      ['publish', expect.stringContaining(world.officer.email)],
      ['withdraw', expect.stringContaining(world.officer.email)],
    ])
    await expect(live(listing.id)).rejects.toMatchObject({ status: 404 })
  })

  it('unpublishing several listings at once (the list view’s bulk action) audits each one', async () => {
    const { t, world } = context
    const listings = await Promise.all([publishedListing(), publishedListing(), publishedListing()])
    await providerDraft(listings[0]!, { summary: 'A pending draft over the live listing.' })
    await t.payload.update({
      collection: 'services',
      where: { id: { in: listings.map((l) => l.id) } },
      data: { _status: 'draft' },
      ...asUser(world.officer),
    })
    for (const listing of listings) {
      expect((await auditOf(listing)).map((e) => e.action)).toEqual(['publish', 'withdraw'])
    }
  })

  it('a provider saving a draft over a live listing is not a withdrawal', async () => {
    const listing = await publishedListing()
    await providerDraft(listing, { summary: 'Just a draft.' })
    expect((await auditOf(listing)).map((e) => e.action)).toEqual(['publish'])
  })
})

describe('“still correct” in one step', () => {
  it('moves the review date of the live listing to today, leaves drafts alone, and is audited', async () => {
    const { t, world } = context
    const listing = await publishedListing({ lastReviewed: '2025-10-01T00:00:00.000Z' })
    expect((await live(listing.id)).reviewStatus).toBe('overdue')
    await providerDraft(listing, { name: 'A pending change' })

    const response = await rest(t, 'POST', `/api/services/${listing.id}/confirm`, {
      as: world.providerA,
    })
    expect(response.status).toBe(200)
    const now = await live(listing.id)
    expect(new Date(now.lastReviewed).getTime()).toBe(startOfDay(new Date()).getTime())
    expect(now.reviewStatus).toBe('current')
    expect(now.name).toBe(listing.name)
    const draft = await latest(listing.id)
    expect(draft.name).toBe('A pending change')
    expect(draft.lastReviewed).toBe(now.lastReviewed)
    const entry = (await auditOf(listing)).at(-1)!
    expect(entry.action).toBe('confirm')
    expect(String(actorId(entry))).toBe(String(world.providerA.id))
  })

  it('another organisation’s provider cannot confirm it', async () => {
    const { t, world } = context
    const listing = await publishedListing({ lastReviewed: '2025-10-01T00:00:00.000Z' })
    const response = await rest(t, 'POST', `/api/services/${listing.id}/confirm`, {
      as: world.providerB,
    })
    expect(response.status).toBe(404)
    expect((await live(listing.id)).lastReviewed).toBe(listing.lastReviewed)
  })
})

describe('publishing by an officer counts as a review', () => {
  it('unless the officer set the review date themselves', async () => {
    const { t, world } = context
    const listing = await publishedListing({ lastReviewed: '2025-10-01T00:00:00.000Z' })
    // Confirmed ten days ago: the live date moves on; the stored version keeps the old one.
    const req = await createLocalReq(
      { user: { ...world.providerA, collection: 'users' } },
      t.payload,
    )
    await confirmStillCorrect(
      req,
      world.providerA,
      String(listing.id),
      subDays(startOfDay(new Date()), 10),
    )
    const shown = await latest(listing.id)
    expect(shown.lastReviewed).toBe(subDays(startOfDay(new Date()), 10).toISOString())

    // The edit form sends back the date it showed: that is not a change, so publishing makes it today.
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: {
        summary: 'Checked by the officer.',
        lastReviewed: shown.lastReviewed,
        _status: 'published',
      },
      ...asUser(world.officer),
    })
    expect((await live(listing.id)).lastReviewed).toBe(startOfDay(new Date()).toISOString())

    const chosen = '2026-06-01T00:00:00.000Z'
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { lastReviewed: chosen, _status: 'published' },
      ...asUser(world.officer),
    })
    expect((await live(listing.id)).lastReviewed).toBe(chosen)
  })
})

describe('the audit log', () => {
  const anEntry = async () => {
    const { docs } = await context.t.payload.find({ collection: 'audit-log', limit: 1 })
    expect(docs.length).toBe(1)
    return docs[0]!
  }

  it('staff can read it; providers and anonymous visitors cannot', async () => {
    const { t, world } = context
    await publishedListing()
    for (const user of [world.officer, world.admin]) {
      const response = await rest<{ totalDocs: number }>(t, 'GET', '/api/audit-log', { as: user })
      expect(response.status).toBe(200)
      expect(response.body.totalDocs).toBeGreaterThan(0)
    }
    const entry = await anEntry()
    for (const user of [world.providerA, undefined]) {
      const list = await rest(t, 'GET', '/api/audit-log', { as: user })
      expect(list.status).toBe(403)
      const one = await rest(t, 'GET', `/api/audit-log/${entry.id}`, { as: user })
      expect(one.status).toBe(403)
    }
  })

  it('nobody can add, change or delete entries through the API, not even an administrator', async () => {
    const { t, world } = context
    const entry = await anEntry()
    for (const user of [world.admin, world.officer, world.providerA, undefined]) {
      const created = await rest(t, 'POST', '/api/audit-log', {
        as: user,
        body: { action: 'publish', listingName: 'Forged', actorLabel: 'Someone' },
      })
      expect(created.status).toBe(403)
      const changed = await rest(t, 'PATCH', `/api/audit-log/${entry.id}`, {
        as: user,
        body: { comment: 'Rewritten history' },
      })
      expect(changed.status).toBe(403)
      const deleted = await rest(t, 'DELETE', `/api/audit-log/${entry.id}`, { as: user })
      expect(deleted.status).toBe(403)
    }
    const after = await t.payload.findByID({ collection: 'audit-log', id: entry.id })
    expect(after).toEqual(entry)
  })
})
