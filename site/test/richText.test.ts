import { describe, expect, it } from 'vitest'

import { richTextToHtml, sanitiseHtml } from '../src/lib/richText'
import { heading, lexical, link, paragraph, text } from './fixtures'

describe('sanitiseHtml', () => {
  it('keeps the elements a content page needs', () => {
    const html =
      '<p>Hello <strong>there</strong> <em>you</em></p><ul><li>One</li></ul>' +
      '<ol start="3"><li>Three</li></ol><blockquote>Quote</blockquote>' +
      '<table><thead><tr><th scope="col">Day</th></tr></thead><tbody><tr><td>Mon</td></tr></tbody></table>'
    expect(sanitiseHtml(html)).toBe(html)
  })

  it('removes script and style elements with their content', () => {
    expect(
      sanitiseHtml('<p>Hi</p><script>alert(1)</script><style>body{display:none}</style><p>Bye</p>'),
    ).toBe('<p>Hi</p><p>Bye</p>')
  })

  it('removes event handler and style attributes', () => {
    expect(
      sanitiseHtml(
        '<p onclick="steal()" style="color:red" class="x" id="y">Hi <b onmouseover="x()">b</b></p>',
      ),
    ).toBe('<p>Hi <b>b</b></p>')
  })

  it('removes elements that are not on the list but keeps their text', () => {
    expect(
      sanitiseHtml(
        '<div><p>Text<img src="x" onerror="alert(1)"><iframe src="https://x.example"></iframe></p><span>more</span></div>',
      ),
    ).toBe('<p>Text</p>more')
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
  ])('drops the href %s', (href) => {
    const html = sanitiseHtml(`<p><a href="${href}">Click</a></p>`)
    expect(html).toBe('<p><a class="govuk-link">Click</a></p>')
  })

  it('gives links the govuk-link class and no other', () => {
    expect(sanitiseHtml('<a href="/services/" class="evil big">Services</a>')).toBe(
      '<a href="/services/" class="govuk-link">Services</a>',
    )
  })

  it('adds rel="noopener" to external links only, and drops target', () => {
    expect(sanitiseHtml('<a href="https://www.nhs.uk/" target="_blank" rel="opener">NHS</a>')).toBe(
      '<a href="https://www.nhs.uk/" class="govuk-link" rel="noopener">NHS</a>',
    )
    expect(sanitiseHtml('<a href="HTTP://example.org/">E</a>')).toBe(
      '<a href="HTTP://example.org/" class="govuk-link" rel="noopener">E</a>',
    )
    expect(sanitiseHtml('<a href="/contact/" rel="external">Contact</a>')).toBe(
      '<a href="/contact/" class="govuk-link">Contact</a>',
    )
  })

  it('keeps mailto and tel links', () => {
    expect(sanitiseHtml('<a href="mailto:send@westbridge.example">Email</a>')).toBe(
      '<a href="mailto:send@westbridge.example" class="govuk-link">Email</a>',
    )
    expect(sanitiseHtml('<a href="tel:01214960000">Call</a>')).toBe(
      '<a href="tel:01214960000" class="govuk-link">Call</a>',
    )
  })

  it('turns h1 into h2 and drops h5', () => {
    expect(sanitiseHtml('<h1>Title</h1><h3>Sub</h3><h5>Small</h5>')).toBe(
      '<h2>Title</h2><h3>Sub</h3>Small',
    )
  })

  it('drops empty paragraphs', () => {
    expect(sanitiseHtml('<p></p><p> </p><p><br></p><p>Text</p>')).toBe('<p>Text</p>')
  })

  it('keeps a paragraph whose only text is in a link', () => {
    expect(sanitiseHtml('<p><a href="/x/">Read more</a></p>')).toBe(
      '<p><a href="/x/" class="govuk-link">Read more</a></p>',
    )
  })
})

describe('richTextToHtml', () => {
  it('converts Lexical JSON to HTML with GOV.UK typography classes', () => {
    const html = richTextToHtml(
      lexical(
        heading('h2', text('Who can use it')),
        paragraph(text('Children '), text('aged 0 to 5', 1), text('.')),
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          children: [
            {
              type: 'listitem',
              value: 1,
              format: '',
              indent: 0,
              version: 1,
              children: [text('One')],
            },
          ],
        },
      ),
    )
    expect(html).toBe(
      '<h2 class="govuk-heading-m">Who can use it</h2>' +
        '<p class="govuk-body">Children <strong>aged 0 to 5</strong>.</p>' +
        '<ul class="govuk-list govuk-list--bullet"><li>One</li></ul>',
    )
  })

  it('makes an h1 an h2 and an h3 a small heading', () => {
    expect(richTextToHtml(lexical(heading('h1', text('Big')), heading('h3', text('Small'))))).toBe(
      '<h2 class="govuk-heading-m">Big</h2><h3 class="govuk-heading-s">Small</h3>',
    )
  })

  it('shows typed markup as text and does not keep a javascript: link', () => {
    const html = richTextToHtml(
      lexical(
        paragraph(text('<script>alert(1)</script> '), link('javascript:alert(1)', text('x'))),
      ),
    )
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('links with the govuk-link class', () => {
    expect(richTextToHtml(lexical(paragraph(link('https://www.gov.uk/', text('GOV.UK')))))).toBe(
      '<p class="govuk-body"><a href="https://www.gov.uk/" class="govuk-link" rel="noopener">GOV.UK</a></p>',
    )
  })

  it('gives an empty string for no content', () => {
    expect(richTextToHtml(null)).toBe('')
    expect(richTextToHtml('text')).toBe('')
    expect(richTextToHtml(lexical(paragraph()))).toBe('')
  })
})
