import { describe, expect, it } from 'vitest'

import { siteLocation, siteService } from '../../../test/fixtures'
import { listingTexts } from './listingTexts'

describe('listingTexts', () => {
  it('includes the text of every section that shows listing text', () => {
    const texts = listingTexts(
      siteService({
        educationOffer: [{ key: 'wellbeing', text: { en: 'offer' } }],
        locations: [
          { ...siteLocation('northbrook'), name: { en: 'venue' }, accessibility: { en: 'ramp' } },
        ],
        contacts: [{ role: { en: 'role' } }],
        openingTimes: [{ days: ['monday'], opens: '09:00', closes: '17:00', note: { en: 'note' } }],
      }),
    )
    const english = texts.map((text) => text.en)
    expect(english).toEqual(
      expect.arrayContaining([
        'Sensory support in schools',
        'offer',
        'venue',
        'ramp',
        'role',
        'note',
        'Phone us.',
      ]),
    )
    expect(texts).toHaveLength(12)
  })
})
