import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import SchoolOffer from './SchoolOffer.astro'

describe('SchoolOffer', () => {
  it('shows nothing for a listing that is not a school or setting', async () => {
    const html = await render(SchoolOffer, {
      props: { educationOffer: [], senInformationReportUrl: undefined, locale: 'en' },
    })
    expect(html).toBe('')
  })

  it('heads each Schedule 2 paragraph 5 answer with its question, in the order given', async () => {
    const html = await render(SchoolOffer, {
      props: {
        locale: 'en',
        senInformationReportUrl: 'https://school.example/sen-report.pdf',
        educationOffer: [
          { key: 'approachToTeaching', text: { en: 'Small groups.\nVisual timetables.' } },
          { key: 'wellbeing', text: { en: 'A nurture room.' } },
        ],
      },
    })
    expect(html).toBe(
      '<h2 id="education-offer">Support for special educational needs</h2>' +
        '<h3>Approach to teaching children and young people with SEN</h3><p>Small groups.<br>Visual timetables.</p>' +
        '<h3>Support for overall well-being</h3><p>A nurture room.</p>' +
        '<p><a href="https://school.example/sen-report.pdf">Read the SEN information report</a></p>',
    )
  })

  it('links the SEN information report even without answers on the site', async () => {
    const html = await render(SchoolOffer, {
      props: {
        educationOffer: [],
        senInformationReportUrl: 'https://school.example/r',
        locale: 'en',
      },
    })
    expect(html).toContain('<h2 id="education-offer">')
    expect(html).toContain('<a href="https://school.example/r">')
  })
})
