import { describe, expect, it } from 'vitest'

import {
  areasOfNeed,
  categories,
  categoryOfSubCategory,
  defaultLocale,
  getLocale,
  isCategoryValue,
  localeCodes,
  locales,
  subCategoryValues,
  type LocalisedText,
} from '../src/index.js'

describe('the statutory taxonomy', () => {
  it('covers every category the Code of Practice names', () => {
    expect(categories.map((c) => c.value)).toEqual([
      'education',
      'health',
      'social-care',
      'transport',
      'preparing-for-adulthood',
      'short-breaks',
      'information-advice-support',
      'childcare-leisure',
      'mediation-disagreement',
      'tribunal',
    ])
  })
  it('has unique values across categories and sub-categories', () => {
    const all = [...categories.map((c) => c.value), ...subCategoryValues]
    expect(new Set(all).size).toBe(all.length)
  })
  it('labels every category, sub-category and area of need in every locale', () => {
    const labelled: Array<{ value: string; label: LocalisedText }> = [
      ...categories,
      ...categories.flatMap(
        (c): readonly { value: string; label: LocalisedText }[] => c.subCategories,
      ),
      ...areasOfNeed,
    ]
    for (const item of labelled) {
      for (const code of localeCodes)
        expect(item.label[code], `${item.value} in ${code}`).toBeTruthy()
    }
  })
  it('finds the category of a sub-category', () => {
    expect(categoryOfSubCategory('supported-internships')).toBe('preparing-for-adulthood')
    expect(categoryOfSubCategory('nonsense')).toBeUndefined()
    expect(isCategoryValue('tribunal')).toBe(true)
    expect(isCategoryValue('astrology')).toBe(false)
  })
})

describe('locales', () => {
  it('has English as the default, with Polish and Arabic (right-to-left)', () => {
    expect(defaultLocale).toBe('en')
    expect(localeCodes).toEqual(expect.arrayContaining(['en', 'pl', 'ar']))
    expect(getLocale('ar').dir).toBe('rtl')
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar'])
  })
})
