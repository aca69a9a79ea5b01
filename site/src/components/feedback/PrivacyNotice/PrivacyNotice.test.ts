import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import PrivacyNotice from './PrivacyNotice.astro'

const periods = (monthsAfterReport: number, monthsWithoutReport: number) => ({
  monthsAfterReport,
  monthsWithoutReport,
  contactEmail: 'send@anytown.example.gov.uk',
})

describe('PrivacyNotice', () => {
  it('says what is kept, why (reg 56), for how long and how to ask for a copy or erasure', async () => {
    const html = await render(PrivacyNotice, { props: { locale: 'en', ...periods(12, 24) } })
    expect(html).toContain('<h2 class="govuk-heading-s" id="privacy-notice-heading">')
    expect(html).toContain('regulation 56')
    expect(html).toContain('for 12 months after we publish')
    expect(html).toContain('for 24 months after the end of the year')
    expect(html).toMatch(/ask for a copy of your comment or ask us to delete it/)
    // Where to ask: the council's own address, from its settings.
    expect(html).toContain('Email send@anytown.example.gov.uk and give')
  })

  it('says, in every language, that a search that finds nothing is counted, and how', async () => {
    const words = { en: 'Do Not Track', pl: 'Nie śledź', ar: 'عدم التتبع' } as const
    for (const locale of ['en', 'pl', 'ar'] as const) {
      const html = await render(PrivacyNotice, { props: { locale, ...periods(12, 24) } })
      expect(html).toContain('id="privacy-notice-searches"')
      expect(html).toContain(words[locale])
    }
  })

  it('states the council’s own periods, not the defaults, in English', async () => {
    const html = await render(PrivacyNotice, { props: { locale: 'en', ...periods(1, 30) } })
    expect(html).toContain('for 1 month after we publish')
    expect(html).toContain('for 30 months after the end of the year')
    expect(html).not.toContain('12 months')
    expect(html).not.toContain('24 months')
  })

  it('declines the month count as Polish does', async () => {
    const pl = async (after: number, without: number) =>
      render(PrivacyNotice, { props: { locale: 'pl', ...periods(after, without) } })
    const sixAndEighteen = await pl(6, 18)
    expect(sixAndEighteen).toContain('przez 6 miesięcy od opublikowania')
    expect(sixAndEighteen).toContain('przez 18 miesięcy od końca roku')
    // 1 miesiąc; 2–4 and 22–24 miesiące; 5–21 and 25 miesięcy.
    const oneAndTwentyTwo = await pl(1, 22)
    expect(oneAndTwentyTwo).toContain('przez 1 miesiąc od opublikowania')
    expect(oneAndTwentyTwo).toContain('przez 22 miesiące od końca roku')
    const twelveAndTwentyFour = await pl(12, 24)
    expect(twelveAndTwentyFour).toContain('przez 12 miesięcy od opublikowania')
    expect(twelveAndTwentyFour).toContain('przez 24 miesiące od końca roku')
  })

  it('uses the Arabic forms for one, two, a few and many months', async () => {
    const ar = async (after: number, without: number) =>
      render(PrivacyNotice, { props: { locale: 'ar', ...periods(after, without) } })
    // After «مدة» the dual is genitive: شهرين, not the nominative شهران.
    const oneAndTwo = await ar(1, 2)
    expect(oneAndTwo).toContain('مدة شهر واحد بعد نشر')
    expect(oneAndTwo).toContain('مدة شهرين بعد نهاية السنة')
    const threeAndEleven = await ar(3, 11)
    expect(threeAndEleven).toContain('مدة 3 أشهر بعد نشر')
    expect(threeAndEleven).toContain('مدة 11 شهرًا بعد نهاية السنة')
    const hundred = await ar(100, 12)
    expect(hundred).toContain('مدة 100 شهر بعد نشر')
    expect(hundred).toContain('مدة 12 شهرًا بعد نهاية السنة')
    expect(hundred).toContain('اللائحة 56')
  })
})
