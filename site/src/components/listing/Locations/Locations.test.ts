import { describe, expect, it } from 'vitest'

import { siteLocation } from '../../../../test/fixtures'
import { render } from '../../../../test/support/render'
import Locations from './Locations.astro'

describe('Locations', () => {
  it('says the service comes to families when it has no venue', async () => {
    const html = await render(Locations, { props: { locations: [], locale: 'en' } })
    expect(html).toBe(
      '<h2 id="where">Where</h2><p>This service is delivered at home, in the community or online.</p>',
    )
  })

  it('gives each venue’s name, address, area and accessibility', async () => {
    const html = await render(Locations, {
      props: {
        locale: 'en',
        locations: [
          {
            ...siteLocation('northbrook'),
            name: { en: 'Northbrook Library' },
            addressLine2: 'Market Square',
            venueFeatures: ['step-free', 'hearing-loop'],
            accessibility: { en: 'Ramp at the side door.' },
          },
        ],
      },
    })
    expect(html).toContain('<div class="lo-location"><h3>Northbrook Library</h3>')
    expect(html).toContain(
      '<address class="lo-address" dir="auto">1 High Street<br>Market Square<br>Westbridge<br><span dir="ltr">WB1 1AA</span></address>',
    )
    expect(html).toContain('<p class="govuk-body-s">Northbrook</p>')
    expect(html).toContain(
      '<h4>Accessibility</h4><ul class="lo-bullets"><li>Step-free access</li><li>Hearing loop</li></ul><p>Ramp at the side door.</p>',
    )
  })

  it('leaves out the accessibility heading when a venue has nothing to say about it', async () => {
    const html = await render(Locations, {
      props: { locale: 'en', locations: [siteLocation('riverside'), siteLocation('eastfield')] },
    })
    expect(html).not.toContain('<h4>')
    expect(html).not.toContain('<h3>')
    expect(html.match(/class="lo-location"/g)).toHaveLength(2)
  })
})
