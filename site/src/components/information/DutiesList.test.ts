import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import DutiesList from './DutiesList.astro'

const passage = {
  blockType: 'rightsPassage' as const,
  kind: 'duty' as const,
  text: 'The council must decide within 6 weeks.',
  source: 'SEND Regulations 2014, regulation 5(1)',
  sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
}

describe('DutiesList', () => {
  it('lists each page’s duties under a link to it, each linking back to its passage', async () => {
    const html = await render(DutiesList, {
      props: {
        locale: 'pl',
        groups: [
          {
            slug: 'request-an-ehc-needs-assessment',
            title: { en: 'Asking for an assessment', pl: 'Wniosek o ocenę' },
            lang: 'en',
            dir: 'ltr',
            fallback: true,
            duties: [{ id: 'right-2', passage }],
          },
        ],
      },
    })
    expect(html).toContain(
      '<h2 class="govuk-heading-m" id="rights-1"><a class="govuk-link" href="/pl/information/request-an-ehc-needs-assessment/">Wniosek o ocenę</a></h2>',
    )
    // Duties taken from an untranslated page are marked as English, the words around them not.
    expect(html).toContain(
      '<p class="govuk-body" lang="en" dir="ltr">The council must decide within 6 weeks.</p><p class="govuk-body">Źródło:<a class="govuk-link lo-break" href="https://www.legislation.gov.uk/uksi/2014/1530/regulation/5" rel="noopener" lang="en" dir="ltr">',
    )
    expect(html).toContain(
      '<a class="govuk-link" href="/pl/information/request-an-ehc-needs-assessment/#right-2">Przeczytaj to na stronie, z której pochodzi',
    )
  })

  it('says so when no page marks a right', async () => {
    expect(await render(DutiesList, { props: { locale: 'en', groups: [] } })).toBe(
      '<p class="govuk-body">No rights have been marked on our pages yet.</p>',
    )
  })
})
