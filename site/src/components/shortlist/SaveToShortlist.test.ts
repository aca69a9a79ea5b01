import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import SaveToShortlist from './SaveToShortlist.astro'

describe('SaveToShortlist', () => {
  it('is one empty hidden element: the script builds the buttons (listing pages have a 20 KB budget)', async () => {
    const html = await render(SaveToShortlist)
    expect(html).toMatch(/^<div class="lo-save lo-no-print" data-shortlist-save hidden><\/div>/)
  })
})
