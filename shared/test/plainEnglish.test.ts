import { describe, expect, it } from 'vitest'

import { checkPlainEnglish, LONG_SENTENCE_WORDS, textToCheck } from '../src/plainEnglish.js'

describe('plain English check', () => {
  it('does not ask to explain abbreviations everyone knows (GOV.UK: UK, EU, VAT, MP; the NHS, GCSEs)', () => {
    const report = checkPlainEnglish(
      'Ask your GP or the NHS team. Bring your GCSEs, your CV and a PALS letter.',
    )
    expect(report.unexplainedAbbreviations).toEqual(['PALS'])
  })

  it('finds a glossary term in the plural, and counts its abbreviation as explained', () => {
    const report = checkPlainEnglish('Young people with EHC plans are asked first.', ['EHC plan'])
    expect(report.glossaryTerms).toEqual(['EHC plan'])
    expect(report.unexplainedAbbreviations).toEqual([])
  })

  it('reads each line of a listing as its own sentence, adding the full stop a heading lacks', () => {
    expect(
      textToCheck(['Speech drop-in', 'What we do\n  One-to-one sessions  \n\nAsk us: ', '']),
    ).toBe('Speech drop-in. What we do. One-to-one sessions. Ask us:')
  })

  it('gives short everyday sentences a low reading age', () => {
    const report = checkPlainEnglish(
      'We run a club on Saturdays. It is free. You can bring a friend.',
    )
    expect(report.sentences).toBe(3)
    expect(report.words).toBe(14)
    expect(report.readingAge).toBeLessThanOrEqual(7)
  })

  it('gives long words in long sentences a higher reading age', () => {
    const plain = checkPlainEnglish('We help children who find it hard to talk. We meet at school.')
    const dense = checkPlainEnglish(
      'The multidisciplinary organisation facilitates comprehensive individualised communication interventions, utilising evidence-based methodologies.',
    )
    expect(dense.readingAge!).toBeGreaterThan(plain.readingAge! + 8)
    expect(dense.grade!).toBeGreaterThan(plain.grade!)
  })

  it('lists sentences longer than 25 words, without treating "e.g." as a full stop', () => {
    const long = `${Array.from({ length: LONG_SENTENCE_WORDS + 1 }, (_, i) => `Word${i}`).join(' ')}.`
    const report = checkPlainEnglish(`Bring something to eat, e.g. fruit. ${long} Short one.`)
    expect(report.sentences).toBe(3)
    expect(report.longSentences).toEqual([{ text: long, words: 26 }])
  })

  it('finds glossary terms and abbreviations nobody explained', () => {
    const report = checkPlainEnglish(
      'Ask your SENCO about an EHC plan. The Speech and Language Therapy (SALT) team and CAMHS can help. The LA decides.',
      ['SENCO', 'EHC plan', 'Local Offer'],
    )
    expect(report.glossaryTerms).toEqual(['SENCO', 'EHC plan'])
    expect(report.unexplainedAbbreviations).toEqual(['CAMHS', 'LA'])
  })

  it('suggests the plainer word', () => {
    const report = checkPlainEnglish('Staff will assist you in order to facilitate the visit.')
    expect(report.plainerAlternatives).toEqual([
      { found: 'facilitate', instead: 'help' },
      { found: 'in order to', instead: 'to' },
      { found: 'assist', instead: 'help' },
    ])
  })

  it('gives no figure for empty text, rather than a made-up one', () => {
    const report = checkPlainEnglish('  ')
    expect(report.words).toBe(0)
    expect(report.grade).toBeUndefined()
    expect(report.readingAge).toBeUndefined()
  })
})
