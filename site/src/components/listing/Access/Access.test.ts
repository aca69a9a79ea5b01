import { describe, expect, it } from 'vitest'

import { siteService } from '../../../../test/fixtures'
import { render } from '../../../../test/support/render'
import Access from './Access.astro'

describe('Access', () => {
  it('says how to get the service, with the online link labelled by what it is for', async () => {
    const access = {
      ...siteService().access,
      referralUrl: 'https://westbridge.example/refer',
      onlineLinkPurpose: 'refer' as const,
    }
    const html = await render(Access, { props: { access, locale: 'en' } })
    expect(html).toBe(
      '<h2 id="access">How to access it</h2><p>Phone us.</p>' +
        '<p><a href="https://westbridge.example/refer">Make a referral online</a></p>',
    )
  })

  it('never says "referral" for a link the provider said is for booking', async () => {
    const access = {
      ...siteService().access,
      referralUrl: 'https://westbridge.example/swim',
      onlineLinkPurpose: 'book' as const,
    }
    const html = await render(Access, { props: { access, locale: 'en' } })
    expect(html).toContain('<a href="https://westbridge.example/swim">Book online</a>')
    expect(html).not.toContain('referral')
  })

  it('labels the link in the page language', async () => {
    const access = {
      ...siteService().access,
      referralUrl: 'https://westbridge.example/apply',
      onlineLinkPurpose: 'apply' as const,
    }
    expect(await render(Access, { props: { access, locale: 'pl' } })).toContain(
      'Złóż wniosek online',
    )
    expect(await render(Access, { props: { access, locale: 'ar' } })).toContain(
      'قدّم طلبًا عبر الإنترنت',
    )
  })

  it('has no online link without a web address', async () => {
    const html = await render(Access, { props: { access: siteService().access, locale: 'en' } })
    expect(html).not.toContain('<a ')
  })
})
