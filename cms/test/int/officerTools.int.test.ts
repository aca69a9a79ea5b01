import { NO_VOCABULARIES } from '@local-offer/shared'
import { addDays } from 'date-fns/addDays'
import { subMinutes } from 'date-fns/subMinutes'
import { describe, expect, it } from 'vitest'

import { toOpenReferralService } from '@local-offer/shared/openReferral'
import { SCHEDULED_PUBLISHING_QUEUE } from '../../src/jobs'
import { runReviewReminders } from '../../src/plugins/reviewReminders/runReviewReminders'
import { serviceToFeedListing } from '../../src/plugins/openReferralApi/feedListing'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * The officer's tools on a listing (issue 12 item 7): internal notes providers never see,
 * "temporarily closed" with a reopening day that ends by itself, and publishing or unpublishing
 * at a time the officer chose, run by the job queue as that officer.
 */
const ctx = useTestWorld()
const asUser = (user: { id: number | string }) => ({
  overrideAccess: false,
  user: { ...(user as object), collection: 'users' as const } as never,
})

describe('internal notes', () => {
  it('records who wrote a note, and keeps it when a provider draft is approved', async () => {
    const { payload } = ctx.t
    const { officer, providerA, publishedA } = ctx.world
    const note = await payload.create({
      collection: 'listing-notes',
      data: { listing: publishedA.id, note: 'Manager says the hall moves in September.' },
      ...asUser(officer),
    })
    expect(note.author).toMatchObject({ id: officer.id })
    // Someone else's edit does not change the author.
    const edited = await payload.update({
      collection: 'listing-notes',
      id: note.id,
      data: { note: 'Manager says the hall moves in October.', author: ctx.world.admin.id },
      ...asUser(ctx.world.admin),
    })
    expect(edited.author).toMatchObject({ id: officer.id })

    // A provider's draft, then approved by publishing: the note is still there.
    await payload.update({
      collection: 'services',
      id: publishedA.id,
      data: { summary: 'A provider’s new summary.' },
      draft: true,
      ...asUser(providerA),
    })
    await payload.update({
      collection: 'services',
      id: publishedA.id,
      data: { _status: 'published' },
      ...asUser(officer),
    })
    const listing = await payload.findByID({
      collection: 'services',
      id: publishedA.id,
      ...asUser(officer),
    })
    expect(listing.summary).toBe('A provider’s new summary.')
    expect(listing.internalNotes?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).toContain(
      note.id,
    )
    const asProvider = await payload.findByID({
      collection: 'services',
      id: publishedA.id,
      ...asUser(providerA),
    })
    expect(asProvider.internalNotes).toBeUndefined()
  })
})

describe('temporarily closed', () => {
  it('is in the Open Referral feed until the reopening day, and the daily job asks for a rebuild that day', async () => {
    const { payload } = ctx.t
    const reopens = addDays(new Date(), 3)
    const listing = await payload.create({
      collection: 'services',
      data: {
        ...validService(ctx.world.orgA.id, { name: 'Closed for building work' }),
        temporaryClosure: { closed: true, reopens: reopens.toISOString(), note: 'Building work.' },
        _status: 'published',
      },
      depth: 1,
    })
    const service = toOpenReferralService(serviceToFeedListing(listing as never), {
      ...NO_VOCABULARIES,
      localities: [],
    })
    expect(service.status).toBe('temporarily closed')

    const before = await runReviewReminders(payload, { today: addDays(new Date(), 2) })
    expect(before.reopened).toBe(0)
    const onTheDay = await runReviewReminders(payload, { today: reopens })
    expect(onTheDay.reopened).toBe(1)
    const builds = await payload.find({
      collection: 'site-builds',
      // A burst of changes makes one build: the reopening may be its latest change.
      where: {
        or: [{ trigger: { like: 'reopen today' } }, { lastChange: { like: 'reopen today' } }],
      },
      overrideAccess: true,
    })
    expect(builds.totalDocs).toBeGreaterThan(0)
  })
})

describe('scheduled publishing', () => {
  it('publishes a listing’s pending changes at the time an officer chose, as that officer', async () => {
    const { payload } = ctx.t
    const { officer, publishedB } = ctx.world
    await payload.update({
      collection: 'services',
      id: publishedB.id,
      data: { name: 'Renamed from next term' },
      draft: true,
      ...asUser(officer),
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      queue: SCHEDULED_PUBLISHING_QUEUE,
      waitUntil: subMinutes(new Date(), 1),
      input: {
        type: 'publish',
        doc: { relationTo: 'services', value: publishedB.id },
        user: { relationTo: 'users', value: officer.id },
      },
    })
    const live = () => payload.findByID({ collection: 'services', id: publishedB.id })
    expect((await live()).name).not.toBe('Renamed from next term')
    await payload.jobs.run({ queue: SCHEDULED_PUBLISHING_QUEUE })
    const published = await live()
    expect(published.name).toBe('Renamed from next term')
    expect(published._status).toBe('published')
  })

  it('never publishes for a provider who scheduled it', async () => {
    const { payload } = ctx.t
    const { providerA } = ctx.world
    const draft = await payload.create({
      collection: 'services',
      data: {
        ...validService(ctx.world.orgA.id, { name: 'Provider scheduled' }),
        _status: 'draft',
      },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      queue: SCHEDULED_PUBLISHING_QUEUE,
      waitUntil: subMinutes(new Date(), 1),
      input: {
        type: 'publish',
        doc: { relationTo: 'services', value: draft.id },
        user: { relationTo: 'users', value: providerA.id },
      },
    })
    await payload.jobs.run({ queue: SCHEDULED_PUBLISHING_QUEUE })
    const after = await payload.findByID({ collection: 'services', id: draft.id })
    expect(after._status).toBe('draft')
  })
})
