import { describe, expect, it } from 'vitest'

import {
  areasOfNeed,
  categories,
  defaultLocale,
  getLocale,
  isCategoryValue,
  localeCodes,
  locales,
  type LocalisedText,
} from '../src/index.js'
import { categoryOfSubCategory, subCategoriesOf } from '../src/vocabularies.js'
import { councilVocabularies } from './fixtures/councilVocabularies.js'

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
  it('labels every category and area of need in every locale', () => {
    const labelled: Array<{ value: string; label: LocalisedText }> = [...categories, ...areasOfNeed]
    for (const item of labelled) {
      for (const code of localeCodes)
        expect(item.label[code], `${item.value} in ${code}`).toBeTruthy()
    }
  })
  it('finds the category of a sub-category among the council’s', () => {
    const subs = councilVocabularies.subCategories
    expect(categoryOfSubCategory(subs, 'supported-internships')).toBe('preparing-for-adulthood')
    expect(categoryOfSubCategory(subs, 'nonsense')).toBeUndefined()
    expect(subCategoriesOf(subs, 'tribunal').map((sub) => sub.value)).toEqual([
      'send-tribunal',
      'appeal-support',
    ])
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
