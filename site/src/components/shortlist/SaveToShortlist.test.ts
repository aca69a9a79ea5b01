import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import SaveToShortlist from './SaveToShortlist.astro'

describe('SaveToShortlist', () => {
  it('is hidden until its script runs, with its words in the page language', async () => {
    const html = await render(SaveToShortlist, { props: { slug: 'willows', locale: 'pl' } })
    expect(html).toMatch(
      /^<div class="lo-save lo-no-print" data-shortlist-save="willows"[^>]* hidden>/,
    )
    expect(html).toContain('data-remove="Usuń z listy"')
    expect(html).toContain('>Zapisz na liście</button>')
    expect(html).toContain('<a class="govuk-link" href="/pl/shortlist/">Zobacz swoją listę</a>')
  })
})
