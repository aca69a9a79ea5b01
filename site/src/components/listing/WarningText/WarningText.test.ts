import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import WarningText from './WarningText.astro'

describe('WarningText', () => {
  it('reads its title before the text to screen readers and hides the icon from them', async () => {
    const html = await render(WarningText, {
      props: { title: 'Important' },
      slots: { default: 'This may be out of date.' },
    })
    expect(html).toContain('<span class="lo-warning-text__icon" aria-hidden="true">!</span>')
    expect(html).toMatch(
      /<strong class="lo-warning-text__text"><span class="govuk-visually-hidden">Important:<\/span>This may be out of date\.<\/strong>/,
    )
  })

  it('adds its class to the outer element and keeps the warning out of the search index', async () => {
    const html = await render(WarningText, {
      props: { title: 'Important', class: 'lo-overdue' },
      slots: { default: 'Text' },
    })
    expect(html).toMatch(/^<div class="lo-warning-text lo-overdue" data-pagefind-ignore>/)
  })
})
