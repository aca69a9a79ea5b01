import { describe, expect, it } from 'vitest'

import { validService } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Issue 12 item 2: sub-categories, venue accessibility features and languages are data officers
 * manage. Listings store the terms' keys; a key listings use neither changes nor goes, and a
 * listing can only hold keys of the collection.
 */
const ctx = useTestWorld()

const listing = (overrides: Parameters<typeof validService>[1] = {}) =>
  ctx.t.payload.create({
    collection: 'services',
    data: validService(ctx.world.orgA.id, overrides),
  })

/** The field messages of a refused save, joined: Payload's own message only names the fields. */
async function refusal(save: Promise<unknown>): Promise<string> {
  const error = (await save.then(
    () => undefined,
    (e: unknown) => e,
  )) as { data?: { errors?: Array<{ path: string; message: string }> } } | undefined
  expect(error, 'the save was refused').toBeDefined()
  return (error?.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('\n')
}

async function termByKey(
  collection: 'sub-categories' | 'venue-features' | 'service-languages',
  key: string,
) {
  const { docs } = await ctx.t.payload.find({ collection, where: { key: { equals: key } } })
  expect(docs, `${collection} ${key}`).toHaveLength(1)
  return docs[0]!
}

describe('vocabularies', () => {
  it('start with the starter lists, labelled in every language', async () => {
    for (const [collection, count] of [
      ['sub-categories', 48],
      ['venue-features', 7],
      ['service-languages', 20],
    ] as const) {
      const { totalDocs } = await ctx.t.payload.count({ collection })
      expect(totalDocs, collection).toBeGreaterThanOrEqual(count)
    }
    const speech = await ctx.t.payload.findByID({
      collection: 'sub-categories',
      id: (await termByKey('sub-categories', 'speech-language-therapy')).id,
      locale: 'all',
    })
    expect(speech).toMatchObject({
      category: 'health',
      esdServiceTypes: ['1788'],
      label: { en: 'Speech and language therapy', pl: 'Terapia mowy i języka' },
    })
    expect(await termByKey('service-languages', 'bfi')).toMatchObject({
      code: 'bfi',
      label: 'British Sign Language',
    })
  })

  it('refuse a listing holding a key no term has, naming it', async () => {
    expect(
      await refusal(listing({ subCategories: ['speech-language-therapy', 'astrology'] })),
    ).toMatch(/“astrology” is not a sub-category\. Choose from the list/)
    expect(await refusal(listing({ languages: ['en', 'klingon', 'elvish'] }))).toMatch(
      /“klingon”, “elvish” are not languages/,
    )
    const base = validService(ctx.world.orgA.id)
    expect(
      await refusal(
        listing({
          locations: [{ ...base.locations![0]!, venueFeatures: ['step-free', 'helipad'] }],
        }),
      ),
    ).toMatch(/“helipad” is not a venue accessibility feature/)
  })

  it('refuse a sub-category of another category', async () => {
    expect(
      await refusal(listing({ category: 'health', subCategories: ['holiday-schemes'] })),
    ).toMatch(/“holiday-schemes” does not belong to the category Health/)
  })

  it('accept a term an officer adds', async () => {
    await ctx.t.payload.create({
      collection: 'sub-categories',
      data: { label: 'Music therapy', category: 'health', order: 100 },
    })
    const saved = await listing({ subCategories: ['music-therapy'] })
    expect(saved.subCategories).toEqual(['music-therapy'])
  })

  it('put a term added without a display order after the last one', async () => {
    const { docs } = await ctx.t.payload.find({
      collection: 'venue-features',
      sort: '-order',
      limit: 1,
    })
    const last = docs[0]!.order!
    const added = await ctx.t.payload.create({
      collection: 'venue-features',
      data: { label: 'Quiet room' },
    })
    expect(added.order).toBe(last + 1)
    const given = await ctx.t.payload.create({
      collection: 'venue-features',
      data: { label: 'Sensory garden', order: 2 },
    })
    expect(given.order).toBe(2)
    await ctx.t.payload.delete({ collection: 'venue-features', id: added.id })
    await ctx.t.payload.delete({ collection: 'venue-features', id: given.id })
  })

  it('cannot be deleted or re-keyed while listings use them, and the refusal counts the listings', async () => {
    const feature = await ctx.t.payload.create({
      collection: 'venue-features',
      data: { label: 'Sensory garden' },
    })
    expect(feature.key).toBe('sensory-garden')
    const base = validService(ctx.world.orgA.id)
    const withFeature = {
      locations: [{ ...base.locations![0]!, venueFeatures: ['sensory-garden'] }],
    }
    const first = await listing(withFeature)
    await listing(withFeature)
    await expect(
      ctx.t.payload.delete({ collection: 'venue-features', id: feature.id }),
    ).rejects.toThrow(
      'This venue accessibility feature cannot be deleted: 2 listings use it. Move them to another venue accessibility feature, and save them, first.',
    )
    await expect(
      ctx.t.payload.update({
        collection: 'venue-features',
        id: feature.id,
        data: { key: 'garden' },
      }),
    ).rejects.toThrow(
      'The key “sensory-garden” cannot change: 2 listings use this venue accessibility feature',
    )
    // Relabelling is fine: listings and addresses use the key.
    const renamed = await ctx.t.payload.update({
      collection: 'venue-features',
      id: feature.id,
      data: { label: 'Sensory garden and quiet outdoor space' },
    })
    expect(renamed.key).toBe('sensory-garden')
    await ctx.t.payload.delete({ collection: 'services', id: first.id })
    await expect(
      ctx.t.payload.delete({ collection: 'venue-features', id: feature.id }),
    ).rejects.toThrow('This venue accessibility feature cannot be deleted: 1 listing uses it.')
  })

  it('count a listing whose draft alone uses the term', async () => {
    const language = await ctx.t.payload.create({
      collection: 'service-languages',
      data: { label: 'Welsh', code: 'cy' },
    })
    const published = await listing({ languages: ['en'], _status: 'published' })
    await ctx.t.payload.update({
      collection: 'services',
      id: published.id,
      draft: true,
      data: { languages: ['en', 'welsh'] },
    })
    await expect(
      ctx.t.payload.delete({ collection: 'service-languages', id: language.id }),
    ).rejects.toThrow('This language cannot be deleted: 1 listing uses it.')
  })

  it('keep a sub-category in its category while listings use it', async () => {
    const term = await ctx.t.payload.create({
      collection: 'sub-categories',
      data: { label: 'Hydrotherapy', category: 'health' },
    })
    await listing({ subCategories: ['hydrotherapy'] })
    await expect(
      ctx.t.payload.update({
        collection: 'sub-categories',
        id: term.id,
        data: { category: 'short-breaks' },
      }),
    ).rejects.toThrow('This sub-category cannot move to another category: 1 listing uses it.')
  })

  it('can be deleted once no listing uses them', async () => {
    const unused = await ctx.t.payload.create({
      collection: 'sub-categories',
      data: { label: 'Forest school', category: 'childcare-leisure' },
    })
    await ctx.t.payload.delete({ collection: 'sub-categories', id: unused.id })
    expect(
      (
        await ctx.t.payload.count({
          collection: 'sub-categories',
          where: { key: { equals: 'forest-school' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuse a sub-category key that is a category’s, and a malformed language code', async () => {
    await expect(
      ctx.t.payload.create({
        collection: 'sub-categories',
        data: { label: 'Health', key: 'health', category: 'health' },
      }),
    ).rejects.toThrow(/Key/)
    await expect(
      ctx.t.payload.create({
        collection: 'service-languages',
        data: { label: 'Cornish', code: 'Cornish!' },
      }),
    ).rejects.toThrow(/Code/)
  })

  it('are read over REST by anyone, in display order and the asked language, as the admin picker reads them', async () => {
    const answer = await rest<{ docs: Array<{ key: string; label: string; category: string }> }>(
      ctx.t,
      'GET',
      '/api/sub-categories?pagination=false&depth=0&sort=order,label&locale=pl&fallback-locale=en',
    )
    expect(answer.status).toBe(200)
    const keys = answer.body.docs.map((doc) => doc.key)
    expect(keys.indexOf('early-years')).toBeLessThan(keys.indexOf('speech-language-therapy'))
    expect(answer.body.docs.find((doc) => doc.key === 'physiotherapy')?.label).toBe('Fizjoterapia')
  })
})
