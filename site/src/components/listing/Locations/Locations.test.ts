import { describe, expect, it } from 'vitest'

import { demoLocalities, demoVocabularies, siteLocation } from '../../../../test/fixtures'
import { render } from '../../../../test/support/render'
import Locations from './Locations.astro'

describe('Locations', () => {
  it('says the service comes to families when it has no venue', async () => {
    const html = await render(Locations, {
      props: {
        locations: [],
        localities: demoLocalities,
        venueFeatures: demoVocabularies.venueFeatures,
        locale: 'en',
      },
    })
    expect(html).toContain(
      '<h2 id="where">Where</h2><p>This service is delivered at home, in the community or online.</p>',
    )
    expect(html).not.toContain('Get directions')
  })

  it('links a placed venue to directions, and offers its map only with JavaScript', async () => {
    const html = await render(Locations, {
      props: {
        locale: 'en',
        localities: demoLocalities,
        venueFeatures: demoVocabularies.venueFeatures,
        locations: [
          { ...siteLocation('northbrook'), place: { latitude: 51.47612, longitude: -0.186 } },
        ],
      },
    })
    expect(html).toContain(
      'href="https://www.openstreetmap.org/directions?route=%3B51.47612%2C-0.186#map=16/51.47612/-0.186"',
    )
    // The link's hidden words say where to: "Get directions to 1 High Street, WB1 1AA".
    expect(html).toMatch(
      /Get directions<span class="govuk-visually-hidden">(&#32;\s*| )to 1 High Street/,
    )
    // The button is hidden until the script shows it (and makes the map's area beside it).
    expect(html).toMatch(
      /<button[^>]*data-lo-show-map="51.47612,-0.186"[^>]*hidden[^>]*>Show map<\/button>/,
    )
    expect(html).toContain('data-label="Map of 1 High Street, WB1 1AA"')
    // The tiles and their attribution are given once, on the section's heading.
    expect(html).toMatch(/<h2 id="where" data-tiles="https:\/\/tile\.openstreetmap\.org\/[^"]+"/)
  })

  it('has no directions for a venue the CMS could not place', async () => {
    const html = await render(Locations, {
      props: {
        locale: 'en',
        localities: demoLocalities,
        venueFeatures: demoVocabularies.venueFeatures,
        locations: [siteLocation('northbrook')],
      },
    })
    expect(html).not.toContain('Get directions')
    expect(html).not.toContain('data-lo-show-map')
  })

  it('gives each venue’s name, address, area and accessibility', async () => {
    const html = await render(Locations, {
      props: {
        locale: 'en',
        localities: demoLocalities,
        venueFeatures: demoVocabularies.venueFeatures,
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
      props: {
        locale: 'en',
        localities: demoLocalities,
        venueFeatures: demoVocabularies.venueFeatures,
        locations: [siteLocation('riverside'), siteLocation('eastfield')],
      },
    })
    expect(html).not.toContain('<h4>')
    expect(html).not.toContain('<h3>')
    expect(html.match(/class="lo-location"/g)).toHaveLength(2)
  })
})
