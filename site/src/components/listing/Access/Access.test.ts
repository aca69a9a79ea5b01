import { describe, expect, it } from 'vitest'

import { siteService } from '../../../../test/fixtures'
import { render } from '../../../../test/support/render'
import Access from './Access.astro'

describe('Access', () => {
  it('says how to get the service, with the online referral form when there is one', async () => {
    const access = { ...siteService().access, referralUrl: 'https://westbridge.example/refer' }
    const html = await render(Access, { props: { access, locale: 'en' } })
    expect(html).toBe(
      '<h2 id="access">How to access it</h2><p>Phone us.</p>' +
        '<p><a href="https://westbridge.example/refer">Make a referral online</a></p>',
    )
  })

  it('has no referral link without a form', async () => {
    const html = await render(Access, { props: { access: siteService().access, locale: 'en' } })
    expect(html).not.toContain('<a ')
  })
})
