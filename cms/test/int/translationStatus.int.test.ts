import { translationMayBeOutOfDate, type TextChangedAt } from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import {
  languageShares,
  outOfDateTranslations,
  publishedTranslatedItems,
} from '../../src/plugins/translationStatus/translationReport'
import { validPage, validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

const changedAt = async (id: number | string): Promise<TextChangedAt> => {
  const doc = await context.t.payload.findByID({ collection: 'services', id, locale: 'all' })
  return (doc.textChangedAt ?? {}) as unknown as TextChangedAt
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('when each language’s text last changed (issue 15 item 6)', () => {
  it('records a date per language on saves that change its text, and only those', async () => {
    const { t, world } = context
    const listing = await t.payload.create({
      collection: 'services',
      data: { ...validService(world.orgA.id), _status: 'published' },
    })
    const created = await changedAt(listing.id)
    expect(created.en).toEqual(expect.any(String))
    expect(created.pl ?? null).toBeNull()

    await tick()
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      locale: 'pl',
      data: { name: 'Dyżur logopedyczny', summary: 'Bezpłatne porady dla rodziców.' },
    })
    const translated = await changedAt(listing.id)
    expect(translated.en).toBe(created.en)
    expect(translated.pl! > created.en!).toBe(true)
    expect(translationMayBeOutOfDate(translated, 'pl')).toBe(false)

    // A save that changes no text (the review date) changes no date.
    await tick()
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { lastReviewed: new Date().toISOString() },
    })
    expect(await changedAt(listing.id)).toEqual(translated)

    // A client cannot set the date itself.
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      locale: 'pl',
      data: { textChangedAt: '2099-01-01T00:00:00.000Z' },
    })
    expect((await changedAt(listing.id)).pl).toBe(translated.pl)

    await tick()
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      locale: 'en',
      data: { summary: 'Free advice sessions, now on Saturdays too.' },
    })
    const later = await changedAt(listing.id)
    expect(later.pl).toBe(translated.pl)
    expect(translationMayBeOutOfDate(later, 'pl')).toBe(true)

    const items = await publishedTranslatedItems(t.payload)
    const out = outOfDateTranslations(items)
    expect(out.map((o) => [o.item.id, o.locale])).toContainEqual([listing.id, 'pl'])
    // Arabic was never translated, so it cannot be out of date.
    expect(out.map((o) => [o.item.id, o.locale])).not.toContainEqual([listing.id, 'ar'])
  })

  it('counts the published listings and pages translated in each language', async () => {
    const { t } = context
    await t.payload.create({
      collection: 'pages',
      data: { ...validPage(), _status: 'published' },
    })
    const shares = languageShares(await publishedTranslatedItems(t.payload))
    const polishListings = shares.find((s) => s.locale === 'pl' && s.collection === 'services')!
    expect(polishListings.total).toBeGreaterThanOrEqual(3)
    // The listing translated above has a name and summary in Polish but not how to access it.
    expect(polishListings.partly).toBeGreaterThanOrEqual(1)
    const arabicPages = shares.find((s) => s.locale === 'ar' && s.collection === 'pages')!
    expect(arabicPages.translated).toBe(0)
    expect(arabicPages.total).toBeGreaterThanOrEqual(2)
  })
})
