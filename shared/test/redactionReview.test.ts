import { describe, expect, it } from 'vitest'

import { redactPersonalData } from '../src/redaction.js'
import { findUncertainText, reviewSegments } from '../src/redactionReview.js'

describe('what an officer is shown before ticking a quote', () => {
  it('marks what the anonymiser removed', () => {
    const { text } = redactPersonalData(
      'My son Jake goes to Northbrook Primary. Call 07700 900123.',
    )
    const removed = reviewSegments(text).filter((s) => s.kind === 'removed')
    expect(removed.map((s) => s.text)).toEqual(expect.arrayContaining(['[name]', '[phone]']))
    expect(
      reviewSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  })

  it('flags words it is unsure of: lower-case names after cues, long numbers, capitals mid-sentence', () => {
    const unsure = findUncertainText(
      'my son jake waited a year. His number is 943 476 5919 and we saw Wojtek at the clinic.',
    ).map((s) => s.text)
    expect(unsure).toEqual(['jake', '943 476 5919', 'Wojtek'])
  })

  it('flags names after Polish and Arabic cues', () => {
    expect(findUncertainText('Mój syn ma na imię kuba i czeka.').map((s) => s.text)).toEqual([
      'kuba',
    ])
    expect(findUncertainText('ابني اسمه يوسف ينتظر منذ سنة').map((s) => s.text)).toContain('يوسف')
  })

  it('leaves ordinary sentences alone', () => {
    expect(
      findUncertainText(
        'The transport pages do not say when to apply. I waited until September for an answer.',
      ),
    ).toEqual([])
  })
})
