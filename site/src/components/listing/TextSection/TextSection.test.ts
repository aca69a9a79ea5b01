import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import TextSection from './TextSection.astro'

describe('TextSection', () => {
  it('is left out when the listing has no English text for it', async () => {
    const html = await render(TextSection, {
      props: { id: 'who', heading: 'Who it is for', value: { pl: 'Dla dzieci' }, locale: 'pl' },
    })
    expect(html).toBe('')
  })

  it('keeps the line breaks of plain text', async () => {
    const html = await render(TextSection, {
      props: {
        id: 'who',
        heading: 'Who it is for',
        value: { en: 'Children\nYoung people' },
        locale: 'en',
      },
    })
    expect(html).toBe('<h2 id="who">Who it is for</h2><p>Children<br>Young people</p>')
  })

  it('shows sanitised rich text as HTML', async () => {
    const html = await render(TextSection, {
      props: {
        id: 'about',
        heading: 'About',
        value: { en: '<ul><li><strong>Home</strong> visits</li></ul>' },
        locale: 'en',
        html: true,
      },
    })
    expect(html).toBe(
      '<h2 id="about">About</h2><div><ul><li><strong>Home</strong>visits</li></ul></div>',
    )
  })
})
