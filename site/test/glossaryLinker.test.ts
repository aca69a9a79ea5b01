import { describe, expect, it } from 'vitest'

import { linkGlossaryTerms, type GlossaryEntry } from '../src/lib/glossaryLinker'

const HINT = 'what this means'
const options = { hint: HINT }

const ehcPlan: GlossaryEntry = { href: '/glossary/#ehc-plan', phrases: ['EHC plan', 'EHCP'] }
const ehc: GlossaryEntry = { href: '/glossary/#ehc', phrases: ['EHC'] }
const sen: GlossaryEntry = { href: '/glossary/#sen', phrases: ['SEN'] }
const senco: GlossaryEntry = {
  href: '/glossary/#senco',
  phrases: ['SENCO', 'special educational needs co-ordinator'],
}

/** The link the linker writes for a term. */
const termLink = (href: string, words: string, hint = HINT) =>
  `<a href="${href}" class="govuk-link glossary-link">${words}` +
  `<span class="govuk-visually-hidden"> (${hint})</span></a>`

/** The words of every glossary link in some HTML, with where each goes. */
function glossaryLinks(html: string): Array<[string, string]> {
  return [...html.matchAll(/<a href="([^"]+)" class="govuk-link glossary-link">([^<]*)<span/g)].map(
    (m) => [m[2] ?? '', m[1] ?? ''],
  )
}

describe('linkGlossaryTerms', () => {
  it('links a term with a visually hidden hint and keeps the HTML around it', () => {
    expect(
      linkGlossaryTerms('<p class="govuk-body">Ask the SENCO at school.</p>', [senco], options),
    ).toBe(`<p class="govuk-body">Ask the ${termLink('/glossary/#senco', 'SENCO')} at school.</p>`)
  })

  it('links only the first use of each term', () => {
    const html = linkGlossaryTerms(
      '<p>The SENCO helps.</p><p>Ask the SENCO again, or the other SENCO.</p>',
      [senco],
      options,
    )
    expect(glossaryLinks(html)).toEqual([['SENCO', '/glossary/#senco']])
    expect(html).toContain('<p>Ask the SENCO again, or the other SENCO.</p>')
  })

  it('starts afresh on each call', () => {
    const first = linkGlossaryTerms('<p>SEN support</p>', [sen], options)
    const second = linkGlossaryTerms('<p>SEN support</p>', [sen], options)
    expect(second).toBe(first)
    expect(glossaryLinks(second)).toEqual([['SEN', '/glossary/#sen']])
  })

  it('matches whatever the case, keeping the words as written', () => {
    const html = linkGlossaryTerms('<p>Your senco can help.</p>', [senco], options)
    expect(html).toBe(`<p>Your ${termLink('/glossary/#senco', 'senco')} can help.</p>`)
  })

  it('matches whole words only', () => {
    const html = linkGlossaryTerms(
      '<p>SENCOs, SEND, the SENtence, unSEN and 2SEN are not SEN.</p>',
      [sen],
      options,
    )
    expect(glossaryLinks(html)).toEqual([['SEN', '/glossary/#sen']])
    expect(html).toContain(`are not ${termLink('/glossary/#sen', 'SEN')}.`)
  })

  it('does not find "EHC" inside "EHCP", which is a word of its own', () => {
    const html = linkGlossaryTerms('<p>Your EHCP sets out the help.</p>', [ehc], options)
    expect(html).toBe('<p>Your EHCP sets out the help.</p>')
  })

  it('links "EHCP" to its own term when it is a phrase of one', () => {
    const html = linkGlossaryTerms('<p>Your EHCP sets out the help.</p>', [ehc, ehcPlan], options)
    expect(glossaryLinks(html)).toEqual([['EHCP', '/glossary/#ehc-plan']])
  })

  it.each([
    ['EHC first', [ehc, ehcPlan]],
    ['EHC plan first', [ehcPlan, ehc]],
  ])('prefers the longest phrase at the same place (%s)', (_, entries) => {
    const html = linkGlossaryTerms(
      '<p>Ask for an EHC plan. EHC means education, health and care.</p>',
      entries,
      options,
    )
    expect(glossaryLinks(html)).toEqual([
      ['EHC plan', '/glossary/#ehc-plan'],
      ['EHC', '/glossary/#ehc'],
    ])
  })

  it('matches aliases', () => {
    const html = linkGlossaryTerms(
      '<p>The special educational needs co-ordinator will call.</p>',
      [senco],
      options,
    )
    expect(glossaryLinks(html)).toEqual([
      ['special educational needs co-ordinator', '/glossary/#senco'],
    ])
  })

  it.each([
    ['a link', '<p><a href="/contact">Contact the SENCO</a></p>'],
    ['a heading', '<h2>What a SENCO does</h2>'],
    ['an h1', '<h1>SENCO</h1>'],
    ['data-no-glossary', '<p data-no-glossary>The SENCO</p>'],
    ['a child of data-no-glossary', '<div data-no-glossary=""><p>The <em>SENCO</em></p></div>'],
    ['a button', '<button type="button">Email the SENCO</button>'],
    ['a label', '<label for="x">SENCO name</label>'],
    ['nav', '<nav><ul><li>SENCO</li></ul></nav>'],
  ])('leaves text inside %s alone', (_, html) => {
    expect(glossaryLinks(linkGlossaryTerms(html, [senco], options))).toEqual([])
  })

  it('links the first use outside skipped places even when an earlier one was skipped', () => {
    const html = linkGlossaryTerms(
      '<h2>Your SENCO</h2><p><a href="/x">SENCO list</a></p><p>The SENCO is a teacher.</p>',
      [senco],
      options,
    )
    expect(html).toBe(
      '<h2>Your SENCO</h2><p><a href="/x">SENCO list</a></p>' +
        `<p>The ${termLink('/glossary/#senco', 'SENCO')} is a teacher.</p>`,
    )
  })

  it('matches Polish words with diacritics as whole words, whatever the case', () => {
    const szkola: GlossaryEntry = { href: '/pl/glossary/#szkola', phrases: ['szkoła'] }
    const html = linkGlossaryTerms(
      '<p>Nieszkoła, szkołach i przedszkoła nie. SZKOŁA specjalna tak.</p>',
      [szkola],
      options,
    )
    expect(glossaryLinks(html)).toEqual([['SZKOŁA', '/pl/glossary/#szkola']])
  })

  it('does not treat a Polish letter as a word boundary', () => {
    const ocena: GlossaryEntry = { href: '/pl/glossary/#ocena', phrases: ['ocena potrzeb'] }
    const html = linkGlossaryTerms('<p>Żocena potrzebą. Ocena potrzeb.</p>', [ocena], options)
    expect(glossaryLinks(html)).toEqual([['Ocena potrzeb', '/pl/glossary/#ocena']])
  })

  it('matches Arabic words as whole words', () => {
    const plan: GlossaryEntry = { href: '/ar/glossary/#ehc-plan', phrases: ['خطة'] }
    const html = linkGlossaryTerms('<p dir="rtl">الخطة وخطة ثم خطة الرعاية.</p>', [plan], {
      hint: 'ما معنى هذا',
    })
    expect(html).toBe(
      `<p dir="rtl">الخطة وخطة ثم ${termLink('/ar/glossary/#ehc-plan', 'خطة', 'ما معنى هذا')} الرعاية.</p>`,
    )
  })

  it('treats the phrases as text, not patterns', () => {
    const cpp: GlossaryEntry = { href: '/glossary/#c', phrases: ['C++ (code)', 'a.b'] }
    const html = linkGlossaryTerms('<p>aXb then a.b then C++ (code)</p>', [cpp], options)
    expect(glossaryLinks(html)).toEqual([['a.b', '/glossary/#c']])
  })

  it('ignores one-letter and blank phrases', () => {
    const entry: GlossaryEntry = { href: '/glossary/#x', phrases: ['a', ' ', ''] }
    expect(linkGlossaryTerms('<p>a b c</p>', [entry], options)).toBe('<p>a b c</p>')
  })

  it('links several terms in one text node, each once', () => {
    const html = linkGlossaryTerms(
      '<p>SEN support from the SENCO, then SEN again.</p>',
      [sen, senco],
      options,
    )
    expect(html).toBe(
      `<p>${termLink('/glossary/#sen', 'SEN')} support from the ` +
        `${termLink('/glossary/#senco', 'SENCO')}, then SEN again.</p>`,
    )
  })

  it('keeps the markup it does not touch, byte for byte', () => {
    const html =
      "<p class=govuk-body id='intro'>Help &amp; advice&nbsp;here, <strong>bold</strong>, " +
      '<a href="/x" class="govuk-link">a link</a><br><img src="/a.png" alt="A"></p>' +
      '<ul class="govuk-list"><li>One</li></ul><!-- note SENCO --><script>let SENCO = 1</script>'
    expect(linkGlossaryTerms(html, [senco], options)).toBe(html)
    expect(linkGlossaryTerms(`${html}<p>The SENCO</p>`, [senco], options)).toBe(
      `${html}<p>The ${termLink('/glossary/#senco', 'SENCO')}</p>`,
    )
  })

  it('finds a term written with character references, and writes the text it links as text', () => {
    const childrens: GlossaryEntry = { href: '/glossary/#cs', phrases: ["Children's services"] }
    const html = linkGlossaryTerms(
      '<p>Ask <em>now</em>: Children&#39;s services &amp; the SENCO &lt;here&gt;</p>',
      [childrens, senco],
      options,
    )
    expect(html).toBe(
      `<p>Ask <em>now</em>: ${termLink('/glossary/#cs', 'Children&#39;s services')} &amp; the ` +
        `${termLink('/glossary/#senco', 'SENCO')} &lt;here&gt;</p>`,
    )
  })

  it('points each link at one hint on the page when asked (aria-describedby)', () => {
    const html = linkGlossaryTerms('<p>SEN</p>', [sen], { hint: HINT, describedBy: 'hint' })
    expect(html).toBe(
      '<p><a href="/glossary/#sen" class="glossary-link" aria-describedby="hint">SEN</a></p>',
    )
  })

  it('escapes the hint', () => {
    const html = linkGlossaryTerms('<p>SEN</p>', [sen], { hint: '<b>meaning</b>' })
    expect(html).toContain(' (&lt;b&gt;meaning&lt;/b&gt;)</span>')
    expect(html).not.toContain('<b>')
  })

  it('does not link part of a longer term that has already been linked', () => {
    const html = linkGlossaryTerms(
      '<p>Ask for an EHC plan.</p><p>Your EHC plan is reviewed. EHC means education, health and care.</p>',
      [ehcPlan, ehc],
      options,
    )
    expect(glossaryLinks(html)).toEqual([
      ['EHC plan', '/glossary/#ehc-plan'],
      ['EHC', '/glossary/#ehc'],
    ])
    expect(html).toContain('Your EHC plan is reviewed. <a')
  })

  it('returns the HTML untouched when there are no terms', () => {
    const html = '<p>Help &amp; advice&nbsp;here</p>'
    expect(linkGlossaryTerms(html, [], options)).toBe(html)
  })

  it('does not link a term on its own definition page', () => {
    const html = linkGlossaryTerms('<p>SEN and the SENCO</p>', [sen, senco], {
      hint: HINT,
      currentPath: '/glossary/#senco',
    })
    expect(glossaryLinks(html)).toEqual([['SEN', '/glossary/#sen']])
  })
})
