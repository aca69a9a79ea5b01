import { describe, expect, it } from 'vitest'

import { formatDate, intlLocale } from '../src/lib/format'

describe('intlLocale', () => {
  it('formats English as British English and the others as themselves', () => {
    expect(intlLocale('en')).toBe('en-GB')
    expect(intlLocale('pl')).toBe('pl')
    expect(intlLocale('ar')).toBe('ar')
  })

  it('so English dates read day first', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026')
  })
})
