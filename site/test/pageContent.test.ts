import { describe, expect, it } from 'vitest'

import { dutiesIn, pageContentParts } from '../src/lib/pageContent'
import type { SitePage } from '../src/lib/model'
import { dutiesByPage } from '../src/lib/yourRights'
import { lexical, paragraph, text } from './fixtures'

const block = (fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: 'x', blockName: '', ...fields },
})
const duty = (words: string) =>
  block({
    blockType: 'rightsPassage',
    kind: 'duty',
    text: words,
    source: 'SEND Regulations 2014, regulation 5(1)',
    sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
  })
const steps = block({
  blockType: 'stepByStep',
  heading: 'Step by step',
  steps: [
    { title: 'You ask', branches: [{ condition: 'If no', goTo: 2 }] },
    { title: 'The council decides', text: null },
  ],
})

describe('pageContentParts', () => {
  it('keeps text as sanitised HTML between the blocks, in order, with ids on the page', () => {
    const parts = pageContentParts(
      lexical(
        paragraph(text('Before.')),
        duty('The council must decide within 6 weeks.'),
        paragraph(text('Between.')),
        block({ blockType: 'rightsPassage', kind: 'goodPractice', text: 'It should call you.' }),
        steps,
        steps,
      ),
      'Page',
    )
    expect(parts.map((p) => (p.kind === 'html' ? p.html : p.id))).toEqual([
      '<p class="govuk-body">Before.</p>',
      'right-1',
      '<p class="govuk-body">Between.</p>',
      'right-2',
      'steps-1',
      'steps-2',
    ])
    // The first process's steps are #step-n; a second one's are prefixed so that ids stay unique.
    expect(parts.flatMap((p) => (p.kind === 'steps' ? p.stepIds : []))).toEqual([
      'step-1',
      'step-2',
      'steps-2-step-1',
      'steps-2-step-2',
    ])
    expect(dutiesIn(parts).map((d) => d.id)).toEqual(['right-1'])
  })

  it('gives nothing for an empty value', () => {
    expect(pageContentParts(undefined, 'Page')).toEqual([])
    expect(pageContentParts(lexical(paragraph()), 'Page')).toEqual([])
  })

  it('refuses a block that breaks the rules, naming the page and the field', () => {
    const broken = block({
      blockType: 'stepByStep',
      heading: 'Steps',
      steps: [{ title: 'One', branches: [{ condition: 'If no', goTo: 9 }] }, { title: 'Two' }],
    })
    expect(() => pageContentParts(lexical(broken), 'Information page "x"')).toThrow(
      /Information page "x": a block .*steps\.0\.branches\.0\.goTo: Step 1 goes to step 9/,
    )
  })
})

describe('dutiesByPage', () => {
  const page = (slug: string, title: SitePage['title'], content: SitePage['content']) => ({
    slug,
    title,
    content,
  })
  const parts = (words: string) => pageContentParts(lexical(duty(words)), 'Page')

  it('groups the duties by page in title order, in the reader’s language or marked English', () => {
    const groups = dutiesByPage(
      [
        page('tribunal', { en: 'Tribunal', pl: 'Trybunał' }, { en: parts('Must hear.') }),
        page(
          'assessment',
          { en: 'Assessment', pl: 'Ocena' },
          {
            en: parts('Must decide.'),
            pl: parts('Musi zdecydować.'),
          },
        ),
        page('none', { en: 'No rights' }, { en: pageContentParts(lexical(steps), 'Page') }),
      ],
      'pl',
    )
    expect(
      groups.map((g) => [g.slug, g.lang, g.fallback, g.duties.map((d) => d.passage.text)]),
    ).toEqual([
      ['assessment', 'pl', false, ['Musi zdecydować.']],
      ['tribunal', 'en', true, ['Must hear.']],
    ])
  })
})
