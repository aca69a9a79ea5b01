import { describe, expect, it } from 'vitest'

import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

describe('localization', () => {
  it('stores a translation per locale and falls back to English where there is none', async () => {
    const { payload } = context.t
    const service = await payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        ...validService(context.world.orgA.id, {
          name: 'Short breaks club',
          summary: 'Saturday club for disabled children.',
        }),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'services',
      id: service.id,
      locale: 'pl',
      data: {
        name: 'Klub krótkich przerw',
        summary: 'Sobotni klub dla dzieci z niepełnosprawnościami.',
      },
    })

    const polish = await payload.findByID({ collection: 'services', id: service.id, locale: 'pl' })
    expect(polish.name).toBe('Klub krótkich przerw')
    expect(polish.summary).toBe('Sobotni klub dla dzieci z niepełnosprawnościami.')
    // A field with no Polish text falls back to English.
    expect(polish.access.howToAccess).toBe('Come along to any session; no appointment needed.')

    const arabic = await payload.findByID({ collection: 'services', id: service.id, locale: 'ar' })
    expect(arabic.name).toBe('Short breaks club')

    const arabicOnly = await payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'ar',
      fallbackLocale: false,
    })
    expect(arabicOnly.name ?? null).toBeNull()

    const english = await payload.findByID({ collection: 'services', id: service.id, locale: 'en' })
    expect(english.name).toBe('Short breaks club')

    const all = (await payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'all',
    })) as unknown as {
      name: Record<string, string>
    }
    expect(all.name).toMatchObject({ en: 'Short breaks club', pl: 'Klub krótkich przerw' })
  })

  it('keeps Arabic right-to-left text intact', async () => {
    const term = await context.t.payload.create({
      collection: 'glossary-terms',
      locale: 'en',
      data: {
        term: 'Annual review',
        definition: 'A meeting at least once a year to check the EHC plan.',
      },
    })
    await context.t.payload.update({
      collection: 'glossary-terms',
      id: term.id,
      locale: 'ar',
      data: {
        term: 'المراجعة السنوية',
        definition: 'اجتماع مرة واحدة على الأقل كل عام لمراجعة خطة التعليم والصحة والرعاية.',
      },
    })
    const arabic = await context.t.payload.findByID({
      collection: 'glossary-terms',
      id: term.id,
      locale: 'ar',
    })
    expect(arabic.term).toBe('المراجعة السنوية')
    expect(arabic.slug).toBe('annual-review')
  })

  it('translates text inside arrays independently of the structure', async () => {
    const service = await context.t.payload.create({
      collection: 'services',
      locale: 'en',
      data: validService(context.world.orgA.id, {
        openingTimes: [
          { days: ['saturday'], opens: '10:00', closes: '13:00', note: 'Term time only' },
        ],
      }),
    })
    const stored = await context.t.payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'en',
    })
    await context.t.payload.update({
      collection: 'services',
      id: service.id,
      locale: 'pl',
      data: {
        openingTimes: stored.openingTimes?.map((row) => ({
          ...row,
          note: 'Tylko w czasie roku szkolnego',
        })),
      },
    })
    const polish = await context.t.payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'pl',
    })
    const english = await context.t.payload.findByID({
      collection: 'services',
      id: service.id,
      locale: 'en',
    })
    expect(polish.openingTimes?.[0]?.note).toBe('Tylko w czasie roku szkolnego')
    expect(english.openingTimes?.[0]?.note).toBe('Term time only')
    expect(polish.openingTimes?.[0]?.opens).toBe('10:00')
  })
})
