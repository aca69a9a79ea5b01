import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import SeeAlso from './SeeAlso.astro'

const tribunal = {
  slug: 'send-tribunal',
  title: { en: 'Appealing to the SEND Tribunal', pl: 'Odwołanie do Trybunału' },
  summary: { en: 'How to appeal.' },
}

describe('SeeAlso', () => {
  it('links the chosen pages, marking English shown on a translated page', async () => {
    const html = await render(SeeAlso, { props: { pages: [tribunal], locale: 'pl' } })
    expect(html).toContain(
      '<nav class="lo-related" aria-labelledby="see-also"><h2 class="govuk-heading-m" id="see-also">Zobacz także</h2>',
    )
    expect(html).toContain(
      '<a class="govuk-link" href="/pl/information/send-tribunal/">Odwołanie do Trybunału</a>',
    )
    expect(html).toContain(
      '<p class="govuk-body lo-card__summary" lang="en" dir="ltr">How to appeal.</p>',
    )
    expect(html).not.toContain('/your-rights/')
  })

  it('links to "Your rights" when the page marks a duty, even without chosen pages', async () => {
    const html = await render(SeeAlso, { props: { pages: [], rights: true, locale: 'en' } })
    expect(html).toContain(
      '<a class="govuk-link" href="/your-rights/">Your rights: every duty on this site in one list</a>',
    )
  })

  it('shows nothing when there is nothing to see', async () => {
    expect(await render(SeeAlso, { props: { pages: [], locale: 'en' } })).toBe('')
  })
})
