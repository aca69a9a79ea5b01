import { describe, expect, it } from 'vitest'

import { siteService } from '../../../test/fixtures'
import { render } from '../../../test/support/render'
import RelatedServices from './RelatedServices.astro'

describe('RelatedServices', () => {
  it('links each listing and labels its online link by what it is for', async () => {
    const service = siteService({
      slug: 'casework',
      name: { en: 'SEND casework team', pl: 'Zespół SEND' },
      access: {
        ...siteService().access,
        referralUrl: 'https://westbridge.example/request',
        onlineLinkPurpose: 'request',
      },
    })
    const html = await render(RelatedServices, { props: { services: [service], locale: 'pl' } })
    expect(html).toContain(
      '<h2 class="govuk-heading-m" id="related-services">Usługi, które mogą pomóc</h2>',
    )
    expect(html).toContain('<a class="govuk-link" href="/pl/services/casework/">Zespół SEND</a>')
    expect(html).toContain(
      'href="https://westbridge.example/request">Złóż prośbę online<span class="govuk-visually-hidden">: Zespół SEND</span></a>',
    )
  })

  it('shows nothing when there are no related listings', async () => {
    expect(await render(RelatedServices, { props: { services: [], locale: 'en' } })).toBe('')
  })
})
