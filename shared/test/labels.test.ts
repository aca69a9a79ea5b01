import { describe, expect, it } from 'vitest'

import {
  accessRoutes,
  educationOfferKeys,
  educationOfferQuestions,
  englishOptions,
  labelFor,
  labelText,
  localisedLabelFor,
} from '../src/index.js'

describe('labelFor', () => {
  it('gives a translated label in the asked locale', () => {
    expect(labelFor(accessRoutes, 'self-referral', 'pl')).toBe('Skontaktuj się bezpośrednio')
    expect(labelFor(accessRoutes, 'self-referral', 'ar')).toBe('تواصل معهم مباشرة')
  })

  it('gives English by default, and for an English-only vocabulary in any locale', () => {
    expect(labelFor(accessRoutes, 'ehc-plan')).toBe('Named in an EHC plan')
    expect(labelFor([{ value: 'lift', label: 'Lift to all floors' }], 'lift', 'ar')).toBe(
      'Lift to all floors',
    )
  })

  it('falls back to English when a label is not translated', () => {
    const partial = [{ value: 'x', label: { en: 'English only' } }]
    expect(labelFor(partial, 'x', 'pl')).toBe('English only')
  })

  it('gives nothing for a value that is not in the list', () => {
    expect(labelFor(accessRoutes, 'no-such-route')).toBeUndefined()
    expect(labelFor(accessRoutes, null)).toBeUndefined()
    expect(localisedLabelFor(accessRoutes, undefined)).toBeUndefined()
  })
})

describe('localisedLabelFor', () => {
  it('gives every locale of a translated label', () => {
    expect(localisedLabelFor(accessRoutes, 'assessment')).toEqual({
      en: 'After an assessment of need',
      pl: 'Po ocenie potrzeb',
      ar: 'بعد تقييم الاحتياجات',
    })
  })

  it('wraps an English-only label as English', () => {
    expect(
      localisedLabelFor([{ value: 'hearing-loop', label: 'Hearing loop' }], 'hearing-loop'),
    ).toEqual({ en: 'Hearing loop' })
  })
})

describe('labelText and englishOptions', () => {
  it('reads a plain or localised label', () => {
    expect(labelText('Plain')).toBe('Plain')
    expect(labelText({ en: 'Free', pl: 'Bezpłatne' }, 'pl')).toBe('Bezpłatne')
  })

  it('makes select options with English labels, in the list’s order', () => {
    expect(englishOptions(accessRoutes)).toEqual([
      { value: 'self-referral', label: 'Contact them directly' },
      { value: 'professional-referral', label: 'Referral by a professional' },
      { value: 'ehc-plan', label: 'Named in an EHC plan' },
      { value: 'assessment', label: 'After an assessment of need' },
    ])
  })
})

describe('the vocabularies’ value lists', () => {
  it('list the Schedule 2 paragraph 5 questions (a)-(j) in the regulations’ order', () => {
    expect(educationOfferKeys).toEqual(educationOfferQuestions.map((q) => q.key))
    expect(educationOfferKeys).toHaveLength(10)
    expect(educationOfferKeys[0]).toBe('approachToTeaching')
    expect(educationOfferKeys[9]).toBe('emotionalSupport')
  })
})
