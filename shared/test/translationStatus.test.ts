import { describe, expect, it } from 'vitest'

import { translationCoverage, translationMayBeOutOfDate } from '../src/translationStatus.js'

describe('translationMayBeOutOfDate', () => {
  const changed = {
    en: '2026-06-02T10:00:00.000Z',
    pl: '2026-06-01T10:00:00.000Z',
    ar: '2026-06-03T10:00:00.000Z',
  }

  it('is true when the English changed after the translation', () => {
    expect(translationMayBeOutOfDate(changed, 'pl')).toBe(true)
  })

  it('is false when the translation was changed after the English', () => {
    expect(translationMayBeOutOfDate(changed, 'ar')).toBe(false)
  })

  it('is false at the same moment, for English itself and without dates', () => {
    expect(translationMayBeOutOfDate({ en: changed.en, pl: changed.en }, 'pl')).toBe(false)
    expect(translationMayBeOutOfDate(changed, 'en')).toBe(false)
    expect(translationMayBeOutOfDate({ en: changed.en }, 'pl')).toBe(false)
    expect(translationMayBeOutOfDate({ pl: changed.pl }, 'pl')).toBe(false)
    expect(translationMayBeOutOfDate(null, 'pl')).toBe(false)
    expect(translationMayBeOutOfDate({ en: 'not a date', pl: changed.pl }, 'pl')).toBe(false)
  })
})

describe('translationCoverage', () => {
  it('compares only the fields that have English text', () => {
    const name = { en: 'Speech therapy', pl: 'Terapia mowy' }
    const summary = { en: 'For children', pl: '' }
    const empty = { en: '' }
    expect(translationCoverage([name, empty], 'pl')).toBe('translated')
    expect(translationCoverage([name, summary], 'pl')).toBe('partly')
    expect(translationCoverage([name, summary], 'ar')).toBe('not-translated')
    expect(translationCoverage([], 'ar')).toBe('translated')
  })

  it('counts rich text (an object) as text', () => {
    expect(translationCoverage([{ en: { root: {} }, ar: { root: {} } }], 'ar')).toBe('translated')
  })
})
