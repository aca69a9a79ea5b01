import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import OpeningTimes from './OpeningTimes.astro'

describe('OpeningTimes', () => {
  it('shows nothing for a listing without opening times', async () => {
    expect(await render(OpeningTimes, { props: { openingTimes: [], locale: 'en' } })).toBe('')
  })

  it('lists the days in the page’s language, with the hours and any note', async () => {
    const html = await render(OpeningTimes, {
      props: {
        locale: 'pl',
        openingTimes: [
          { days: ['monday', 'tuesday'], opens: '09:00', closes: '17:00', note: {} },
          { days: ['saturday'], opens: '10:00', closes: '12:00', note: { en: 'Term time only' } },
        ],
      },
    })
    expect(html).toMatch(
      /^<h2 id="when">[^<]+<\/h2><ul class="lo-plain"><li>Poniedziałek i Wtorek: od 09:00 do 17:00<\/li>/,
    )
    expect(html).toMatch(
      /<li>Sobota: od 10:00 do 12:00 \(<span lang="en" dir="ltr">Term time only<\/span>\)<\/li><\/ul>$/,
    )
  })
})
