import { describe, expect, it } from 'vitest'

import { siteService } from '../../../../test/fixtures'
import { render } from '../../../../test/support/render'
import Provider from './Provider.astro'

describe('Provider', () => {
  it('names the organisation in the page’s language', async () => {
    const html = await render(Provider, {
      props: { organisation: siteService().organisation, locale: 'en' },
    })
    expect(html).toBe(
      '<p class="lo-provider"><span>Provided by Westbridge Sensory Support Team</span></p>',
    )
  })
})
