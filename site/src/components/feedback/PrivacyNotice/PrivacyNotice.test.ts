import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import PrivacyNotice from './PrivacyNotice.astro'

describe('PrivacyNotice', () => {
  it('says what is kept, why (reg 56), for how long and how to ask for a copy or erasure', async () => {
    const html = await render(PrivacyNotice, { props: { locale: 'en' } })
    expect(html).toContain('<h2 class="govuk-heading-s" id="privacy-notice-heading">')
    expect(html).toContain('regulation 56')
    expect(html).toContain('for 12 months after we publish')
    expect(html).toContain('for 24 months after the end of the year')
    expect(html).toMatch(/ask for a copy of your comment or ask us to delete it/)
  })

  it('gives the council’s periods in Polish and Arabic too', async () => {
    const pl = await render(PrivacyNotice, {
      props: { locale: 'pl', monthsAfterReport: 6, monthsWithoutReport: 18 },
    })
    expect(pl).toContain('przez 6 miesięcy od opublikowania')
    expect(pl).toContain('przez 18 miesięcy od końca roku')
    // Polish declines the noun by the number: 24 miesiące, 12 miesięcy.
    const plDefault = await render(PrivacyNotice, { props: { locale: 'pl' } })
    expect(plDefault).toContain('przez 12 miesięcy od opublikowania')
    expect(plDefault).toContain('przez 24 miesiące od końca roku')
    const ar = await render(PrivacyNotice, { props: { locale: 'ar' } })
    expect(ar).toContain('مدة 12 شهرًا')
    expect(ar).toContain('اللائحة 56')
  })
})
