import type { JSONFieldServerProps } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { HeldBackRecordsField } from '../../src/plugins/sitePublishing/components/HeldBackRecordsField'

/** The "Held back" field of a Site builds record, rendered as the admin shows it. */
function render(heldBack: unknown): string {
  const props = {
    data: { heldBack },
    payload: { config: { routes: { admin: '/admin' } } },
  } as unknown as JSONFieldServerProps
  return renderToStaticMarkup(createElement(HeldBackRecordsField, props))
}

describe('the Held back field on a Site builds record', () => {
  it('lists each held-back item with a link to it, the reason and what the site shows', () => {
    const html = render([
      {
        collection: 'services',
        id: '12',
        title: 'Riverside Youth Club',
        slug: 'riverside-youth-club',
        reason: 'Its page links to https://example.invalid/gone, which does not exist.',
        keptPrevious: true,
      },
      {
        collection: 'pages',
        id: null,
        title: 'Transport',
        slug: 'transport',
        reason: 'The site cannot use its content.',
        keptPrevious: false,
      },
    ])
    expect(html).toContain('<a href="/admin/collections/services/12">Riverside Youth Club</a>')
    expect(html).toContain(
      'which does not exist. The site still shows the version published before.',
    )
    expect(html).toContain('Transport: The site cannot use its content. It is not on the site yet.')
    expect(html.match(/<li>/g)).toHaveLength(2)
  })

  it('says so when nothing was held back', () => {
    expect(render(null)).toContain('Nothing: every published listing and page is in this build.')
    expect(render([])).not.toContain('<li>')
  })
})
