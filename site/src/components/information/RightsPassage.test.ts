import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import RightsPassage from './RightsPassage.astro'

const duty = {
  blockType: 'rightsPassage' as const,
  kind: 'duty' as const,
  text: 'The council must tell you within 6 weeks.\n\nIt must say why.',
  source: 'SEND Regulations 2014, regulation 5(1)',
  sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
}

describe('RightsPassage', () => {
  it('labels a duty in words, not colour alone, with its source as a link', async () => {
    const html = await render(RightsPassage, {
      props: { passage: duty, id: 'right-1', locale: 'pl' },
    })
    expect(html).toContain(
      'class="lo-inset-text lo-right lo-right--duty" id="right-1" role="note" aria-labelledby="right-1-label"',
    )
    expect(html).toContain('<strong>Twoje prawo</strong>')
    expect(html).toContain('Prawo mówi, że tak musi się stać.')
    expect(html).toContain(
      '<p class="govuk-body">The council must tell you within 6 weeks.</p><p class="govuk-body">It must say why.</p>',
    )
    expect(html).toContain(
      'Źródło:<a class="govuk-link lo-break" href="https://www.legislation.gov.uk/uksi/2014/1530/regulation/5" rel="noopener">SEND Regulations 2014, regulation 5(1)</a>',
    )
  })

  it('labels good practice, and shows a source without a link as a note', async () => {
    const html = await render(RightsPassage, {
      props: {
        passage: { ...duty, kind: 'goodPractice', sourceUrl: undefined },
        id: 'right-2',
        locale: 'ar',
      },
    })
    expect(html).toContain('lo-right--goodPractice')
    expect(html).toContain('<strong>ممارسة جيدة</strong>')
    expect(html).toContain('المصدر: SEND Regulations 2014, regulation 5(1)</p>')
    expect(html).not.toContain('<a ')
  })
})
