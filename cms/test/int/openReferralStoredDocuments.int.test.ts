import { beforeAll, describe, expect, it } from 'vitest'

import {
  service as serviceDocument,
  servicesPage,
} from '../../src/plugins/openReferralApi/resources'
import { STORED_SERVICE_DOCUMENTS } from '../../src/plugins/openReferralApi/storedDocuments/collection'
import { writeLiveReviewFields } from '../../src/review/writeLiveReviewFields'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * The live API's stored service documents (its read model): `/services` serves a listing's
 * stored document while it is current, and makes it again, without anyone asking, when the
 * listing, its organisation, the vocabularies or the day's closure change.
 */
const ctx = useTestWorld()

interface ServiceItem {
  id: string
  name: string
  status?: string
  organization: { name: string }
}

async function page(): Promise<ServiceItem[]> {
  const answer = (await servicesPage(ctx.t.payload, new Map([['per_page', '50']]))) as unknown as {
    contents: ServiceItem[]
  }
  return answer.contents
}

async function stored() {
  const { docs } = await ctx.t.payload.find({
    collection: STORED_SERVICE_DOCUMENTS,
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

const storedFor = async (listingId: number | string) =>
  (await stored()).find((doc) => doc.listingId === String(listingId))

let listingId: number
let openReferralId: string

beforeAll(async () => {
  const listing = await ctx.t.payload.create({
    collection: 'services',
    data: {
      ...validService(ctx.world.orgA.id, { name: 'Stored club', subCategories: ['youth-clubs'] }),
      category: 'childcare-leisure',
      _status: 'published',
    },
  })
  listingId = listing.id
  openReferralId = listing.openReferralId!
})

const item = async () => (await page()).find((entry) => entry.id === openReferralId)

describe('the stored service documents of the live Open Referral API', () => {
  it('are made on the first read, one per live listing on the page, and served the same after', async () => {
    expect(await stored()).toEqual([])
    const first = await page()
    const rows = await stored()
    expect(rows.map((row) => row.listingId).sort()).toEqual(
      [ctx.world.publishedA.id, ctx.world.publishedB.id, listingId].map(String).sort(),
    )
    expect(await page()).toEqual(first)
  })

  it('are what the second read serves (not made again while current)', async () => {
    const row = (await storedFor(listingId))!
    const listItem = row.listItem as { name: string }
    await ctx.t.payload.db.updateOne({
      collection: STORED_SERVICE_DOCUMENTS,
      id: row.id,
      data: { listItem: { ...listItem, name: 'Served from the store' } },
    })
    expect((await item())?.name).toBe('Served from the store')
  })

  it('are made again when the listing is published with a change', async () => {
    const before = (await storedFor(listingId))!.sourceKey
    await ctx.t.payload.update({
      collection: 'services',
      id: listingId,
      data: { name: 'Stored club, renamed', _status: 'published' },
    })
    expect((await item())?.name).toBe('Stored club, renamed')
    expect((await storedFor(listingId))!.sourceKey).not.toBe(before)
  })

  it('are made again when the organisation changes', async () => {
    await ctx.t.payload.update({
      collection: 'organisations',
      id: ctx.world.orgA.id,
      data: { name: 'Organisation A, renamed' },
    })
    expect((await item())?.organization.name).toBe('Organisation A, renamed')
  })

  it('are made again when a term the listing uses is renamed', async () => {
    const { docs } = await ctx.t.payload.find({
      collection: 'sub-categories',
      where: { key: { equals: 'youth-clubs' } },
      overrideAccess: true,
    })
    await ctx.t.payload.update({
      collection: 'sub-categories',
      id: docs[0]!.id,
      data: { label: 'Youth clubs and groups' },
      locale: 'en',
    })
    // The list shows no terms (the service's own document does): its entry is made again.
    const before = (await storedFor(listingId))!
    await page()
    const after = (await storedFor(listingId))!
    expect(after.sourceKey).not.toBe(before.sourceKey)
    const service = (await serviceDocument(ctx.t.payload, openReferralId)) as {
      attributes?: unknown
    }
    expect(JSON.stringify(service.attributes)).toContain('Youth clubs and groups')
  })

  it('are made again when a closure ends on its reopening day, with no save', async () => {
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
    const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString()
    await ctx.t.payload.update({
      collection: 'services',
      id: listingId,
      data: { temporaryClosure: { closed: true, reopens: tomorrow }, _status: 'published' },
    })
    const closed = await item()
    expect(closed?.status).toBe('temporarily closed')
    // The reopening day passes: nothing is saved (the listing's last change stays the same),
    // but its closure has ended.
    const { updatedAt } = await ctx.t.payload.findByID({ collection: 'services', id: listingId })
    await ctx.t.payload.db.updateOne({
      collection: 'services',
      id: listingId,
      data: { temporaryClosure: { closed: true, reopens: yesterday }, updatedAt },
      returning: false,
    })
    const after = await ctx.t.payload.findByID({ collection: 'services', id: listingId })
    expect(after.updatedAt).toBe(updatedAt)
    expect((await item())?.status).toBe('active')
  })

  it('leave a withdrawn listing out and go when the listing is deleted', async () => {
    await writeLiveReviewFields(ctx.t.payload, listingId, { reviewStatus: 'withdrawn' })
    expect(await item()).toBeUndefined()
    await ctx.t.payload.delete({ collection: 'services', id: listingId })
    expect(await storedFor(listingId)).toBeUndefined()
  })
})
