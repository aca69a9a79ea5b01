import { describe, expect, it } from 'vitest'

import {
  composeApplicationProcess,
  composeServiceDescription,
  derivedId,
  identifyVocabularyTerm,
  isUuid,
  lexicalToPlainText,
  parseApplicationProcess,
  parseServiceDescription,
  plainTextToLexical,
  serviceSchema,
  taxonomyTermOf,
  vocabularyTermId,
  councilTerms,
  vocabularyTerms,
} from '../src/openReferral/index.js'
import { councilVocabularies } from './fixtures/councilVocabularies.js'

const textNode = (text: string) => ({ type: 'text', text })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('rich text as plain text', () => {
  const rich = doc(
    { type: 'heading', tag: 'h2', children: [textNode('What we do ')] },
    {
      type: 'paragraph',
      children: [
        textNode('We visit '),
        { type: 'link', children: [textNode('every school')] },
        { type: 'linebreak' },
        textNode('in the borough.'),
      ],
    },
    { type: 'paragraph', children: [] },
    {
      type: 'list',
      listType: 'bullet',
      children: [
        { type: 'listitem', children: [textNode('Hearing')] },
        { type: 'listitem', children: [textNode('Vision')] },
      ],
    },
    {
      type: 'list',
      listType: 'number',
      children: [{ type: 'listitem', children: [textNode('First')] }],
    },
  )

  it('keeps blocks, line breaks and list items, and drops empty blocks', () => {
    expect(lexicalToPlainText(rich)).toBe(
      'What we do\n\nWe visit every school\nin the borough.\n\n- Hearing\n- Vision\n\n1. First',
    )
    expect(lexicalToPlainText(null)).toBe('')
  })

  it('comes back as the same plain text after a trip through the CMS format', () => {
    const text = lexicalToPlainText(rich)
    expect(lexicalToPlainText(plainTextToLexical(text))).toBe(text)
    expect(plainTextToLexical('One\n\n\n  Two  ').root.children).toHaveLength(2)
  })
})

describe('the service description', () => {
  it('carries the summary, description and Schedule 2 sections, and reads them back', () => {
    const parts = {
      summary: 'Short summary\n\nover two paragraphs.',
      description: 'First.\n\nSecond.',
      sections: { howToComplain: 'Write to us.', approachToTeaching: 'Small groups.' },
    }
    const text = composeServiceDescription(parts)
    expect(text).toBe(
      'Short summary over two paragraphs.\n\nFirst.\n\nSecond.\n\n' +
        '## How to complain or appeal\n\nWrite to us.\n\n' +
        '## Approach to teaching children and young people with SEN\n\nSmall groups.',
    )
    expect(parseServiceDescription(text)).toEqual({
      summary: 'Short summary over two paragraphs.',
      description: 'First.\n\nSecond.',
      sections: { howToComplain: 'Write to us.', approachToTeaching: 'Small groups.' },
    })
  })

  it('reads another publisher’s description as a summary and the rest', () => {
    expect(parseServiceDescription('Para one.\n\n## Our team\n\nPara two.')).toEqual({
      summary: 'Para one.',
      description: '## Our team\n\nPara two.',
      sections: {},
    })
  })

  it('keeps the referral form address apart from how to access the service', () => {
    const text = composeApplicationProcess('Phone us.', 'https://example.org/refer')
    expect(parseApplicationProcess(text)).toEqual({
      howToAccess: 'Phone us.',
      referralUrl: 'https://example.org/refer',
    })
    expect(parseApplicationProcess('Referral form: ask at reception')).toEqual({
      howToAccess: 'Referral form: ask at reception',
    })
  })
})

describe('ids and vocabularies', () => {
  it('derives the same UUID from the same parent and key, and another for another', () => {
    const parent = '5c1e8f2a-7b34-4d9c-a6e0-93b2d4f1c857'
    expect(derivedId(parent, 'contact/0')).toBe(derivedId(parent.toUpperCase(), 'contact/0'))
    expect(derivedId(parent, 'contact/0')).not.toBe(derivedId(parent, 'contact/1'))
    expect(isUuid(derivedId(parent, 'x'))).toBe(true)
    expect(isUuid('listing-17')).toBe(false)
  })

  it('gives every term a distinct id, and finds it by id or by taxonomy and code', () => {
    const own = councilTerms({ ...councilVocabularies, localities: [] })
    const all = [...vocabularyTerms, ...own]
    const ids = all.map((t) => vocabularyTermId(t.vocabulary, t.code))
    expect(new Set(ids).size).toBe(ids.length)
    const term = own.find((t) => t.code === 'speech-language-therapy')!
    const published = taxonomyTermOf(term)
    expect(published.parent_id).toBe(vocabularyTermId('local-offer-category', 'health'))
    expect(identifyVocabularyTerm({ id: published.id }, own)).toEqual(term)
    expect(
      identifyVocabularyTerm({ taxonomy: 'local-offer-sub-category', term: term.code }, own),
    ).toEqual(term)
    expect(identifyVocabularyTerm({ taxonomy: 'Open Eligibility', term: 'Health' })).toBe(undefined)
  })

  it('accepts a minimal service and names what is wrong with a broken one', () => {
    const organization = { id: derivedId(vocabularyTermId('a', 'b'), 'org'), name: 'Org' }
    const id = derivedId(organization.id, 'service')
    expect(serviceSchema.safeParse({ id, name: 'S', status: 'active', organization }).success).toBe(
      true,
    )
    const broken = serviceSchema.safeParse({ id: 'x', name: '', status: 'open' })
    expect(broken.success).toBe(false)
    expect(broken.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'id',
      'name',
      'organization',
      'status',
    ])
  })
})
