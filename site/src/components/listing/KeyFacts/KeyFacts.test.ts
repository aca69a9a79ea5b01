import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import KeyFacts from './KeyFacts.astro'
import type { KeyFactRow } from './keyFactRows'

describe('KeyFacts', () => {
  it('lays out each kind of row as a term and its description', async () => {
    const rows: KeyFactRow[] = [
      { key: 'Ages', value: { kind: 'text', text: 'Ages 4 to 11' }, pagefindMeta: 'ages' },
      { key: 'Cost', value: { kind: 'localised', value: { en: 'Free', pl: 'Bezpłatne' } } },
      {
        key: 'Category',
        value: { kind: 'link', href: '/pl/categories/education/', value: { en: 'Education' } },
      },
      { key: 'Needs', value: { kind: 'list', items: [{ en: 'One' }, { en: 'Two', pl: 'Dwa' }] } },
      { key: 'Checked', value: { kind: 'date', iso: '2025-06-15', text: '15 czerwca 2025' } },
    ]
    const html = await render(KeyFacts, { props: { rows, locale: 'pl' } })
    expect(html).toContain('<h2>Najważniejsze informacje</h2><dl class="lo-facts">')
    expect(html).toContain(
      '<div><dt>Ages</dt><dd data-pagefind-meta="ages">Ages 4 to 11</dd></div>',
    )
    expect(html).toContain('<dt>Cost</dt><dd>Bezpłatne</dd>')
    expect(html).toContain(
      '<dd><a href="/pl/categories/education/"><span lang="en" dir="ltr">Education</span></a></dd>',
    )
    expect(html).toContain(
      '<dd><ul class="lo-plain"><li><span lang="en" dir="ltr">One</span></li><li>Dwa</li></ul></dd>',
    )
    expect(html).toContain('<dd><time datetime="2025-06-15">15 czerwca 2025</time></dd>')
  })
})
