import { describe, expect, it } from 'vitest'

import { render } from '../../test/support/render'
import UntranslatedNotice from './UntranslatedNotice.astro'

describe('UntranslatedNotice', () => {
  it('says parts are shown in English, as before', async () => {
    const html = await render(UntranslatedNotice, { props: { locale: 'pl' } })
    expect(html).toContain('nie zostały jeszcze przetłumaczone na język: Polski')
    expect(html).not.toContain('nieaktualne')
  })

  it('says a translation may be out of date, in words, with a link to the English', async () => {
    const html = await render(UntranslatedNotice, {
      props: { locale: 'ar', untranslated: false, outOfDate: true, path: '/services/speech/' },
    })
    expect(html).toContain('قد لا تكون هذه الترجمة محدَّثة')
    expect(html).toContain('href="/services/speech/"')
    expect(html).not.toContain('لم تُترجم')
  })

  it('shows nothing when the page is translated and up to date', async () => {
    const html = await render(UntranslatedNotice, {
      props: { locale: 'pl', untranslated: false, outOfDate: false },
    })
    expect(html).not.toContain('lo-untranslated')
  })
})
