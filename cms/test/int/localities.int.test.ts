import { describe, expect, it } from 'vitest'

import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Issue 12 item 2: localities are data officers manage. A venue's locality comes from its
 * postcode when its listing is saved; a locality listings use is neither removed nor re-keyed.
 */
const ctx = useTestWorld()

const venue = (postcode: string) => ({ addressLine1: '1 Mill Lane', town: 'Town', postcode })

async function locality(name: string, postcodeAreas: string[], slug?: string) {
  return ctx.t.payload.create({
    collection: 'localities',
    data: { name, postcodeAreas, ...(slug ? { slug } : {}) },
  })
}

async function listingAt(...postcodes: string[]) {
  return ctx.t.payload.create({
    collection: 'services',
    data: validService(ctx.world.orgA.id, { locations: postcodes.map(venue) }),
  })
}

describe('localities', () => {
  it('derive each venue’s locality from its postcode: a sector wins over its district', async () => {
    const hill = await locality('Hill Top', ['ab1', 'ab2'])
    await locality('Hill Top East', ['AB1 9'])
    expect(hill.slug).toBe('hill-top')
    expect(hill.postcodeAreas).toEqual(['AB1', 'AB2'])
    const listing = await listingAt('AB1 2DE', 'ab1 9xy', 'AB2 1AA', 'SW1A 1AA')
    expect(listing.locations?.map((l) => l.locality)).toEqual([
      'hill-top',
      'hill-top-east',
      'hill-top',
      'out-of-area',
    ])
    // Whatever the provider sends is replaced.
    const updated = await ctx.t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { locations: [{ ...venue('AB2 3EF'), locality: 'out-of-area' }] },
    })
    expect(updated.locations?.map((l) => l.locality)).toEqual(['hill-top'])
  })

  it('refuse a postcode area another locality covers, one that is not a district or sector, and the reserved key', async () => {
    await locality('Low Meadow', ['CD1'])
    await expect(locality('High Meadow', ['cd1', 'CD2'])).rejects.toThrow(
      /Postcode districts or sectors/,
    )
    await expect(locality('Bad Area', ['not a postcode'])).rejects.toThrow(
      /Postcode districts or sectors/,
    )
    await expect(locality('Outside', [], 'out-of-area')).rejects.toThrow(/Slug|slug|Key|key/)
  })

  it('cannot be removed while listings use them, and the refusal counts the listings', async () => {
    const river = await locality('River Bank', ['EF1'])
    const first = await listingAt('EF1 1AA')
    await listingAt('EF1 2BB', 'EF1 3DD')
    await expect(ctx.t.payload.delete({ collection: 'localities', id: river.id })).rejects.toThrow(
      'This locality cannot be deleted: 2 listings use it.',
    )
    await expect(
      ctx.t.payload.update({ collection: 'localities', id: river.id, data: { slug: 'river' } }),
    ).rejects.toThrow('The key “river-bank” cannot change: 2 listings use this locality')
    // Renaming is fine: addresses use the key, not the name.
    const renamed = await ctx.t.payload.update({
      collection: 'localities',
      id: river.id,
      data: { name: 'Riverbank' },
    })
    expect(renamed.slug).toBe('river-bank')
    await ctx.t.payload.delete({ collection: 'services', id: first.id })
    await expect(ctx.t.payload.delete({ collection: 'localities', id: river.id })).rejects.toThrow(
      'This locality cannot be deleted: 1 listing uses it.',
    )
  })

  it('can be removed once no listing uses them', async () => {
    const unused = await locality('Quiet Corner', ['GH1'])
    await ctx.t.payload.delete({ collection: 'localities', id: unused.id })
    const left = await ctx.t.payload.find({
      collection: 'localities',
      where: { slug: { equals: 'quiet-corner' } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('have names in every language, like other content', async () => {
    const town = await locality('Market Town', ['JK1'])
    await ctx.t.payload.update({
      collection: 'localities',
      id: town.id,
      locale: 'pl',
      data: { name: 'Miasto targowe' },
    })
    const all = await ctx.t.payload.findByID({
      collection: 'localities',
      id: town.id,
      locale: 'all',
    })
    expect(all.name).toEqual({ en: 'Market Town', pl: 'Miasto targowe' })
  })
})
