import { describe, expect, it } from 'vitest'

import { longFilterOptions } from '../src/components/search/longFilterOptions'
import { mapServiceLanguage, mapSubCategory, mapVenueFeature } from '../src/loader/mapContent'
import {
  rawServiceLanguageSchema,
  rawSubCategorySchema,
  rawVenueFeatureSchema,
} from '../src/loader/rawSchemas'
import { demoVocabularies, siteService } from './fixtures'

/**
 * Issue 12 item 2: the site reads the council's sub-categories, venue features and languages
 * from the CMS (locale=all), and names listings' keys by their labels in the page's language.
 */
describe('the vocabularies the site reads', () => {
  it('keeps each term’s key, labels in every language, order and Open Referral facts', () => {
    const sub = rawSubCategorySchema.parse({
      id: 3,
      key: 'music-therapy',
      label: { en: 'Music therapy', pl: 'Muzykoterapia', ar: null },
      category: 'health',
      order: 12,
      esdServiceTypes: ['180'],
    })
    expect(mapSubCategory(sub)).toEqual({
      id: 'music-therapy',
      value: 'music-therapy',
      label: { en: 'Music therapy', pl: 'Muzykoterapia' },
      order: 12,
      category: 'health',
      esdServiceTypes: ['180'],
    })
    const language = mapServiceLanguage(
      rawServiceLanguageSchema.parse({ id: 1, key: 'bfi', label: { en: 'BSL' }, code: 'bfi' }),
    )
    expect(language).toMatchObject({ value: 'bfi', code: 'bfi', order: 0 })
    expect(
      mapVenueFeature(rawVenueFeatureSchema.parse({ id: 2, key: 'lift', label: { en: 'Lift' } })),
    ).toMatchObject({ value: 'lift', label: { en: 'Lift' } })
  })

  it('refuses a sub-category outside the ten categories and a term without an English label', () => {
    expect(
      rawSubCategorySchema.safeParse({ id: 1, key: 'x', label: { en: 'X' }, category: 'astrology' })
        .success,
    ).toBe(false)
    expect(() =>
      mapVenueFeature(rawVenueFeatureSchema.parse({ id: 2, key: 'lift', label: { pl: 'Winda' } })),
    ).toThrow(/Venue accessibility feature "lift" \(id 2\): label/)
  })

  it('offers the types of service some listing has, in the council’s order and language', () => {
    const options = longFilterOptions(
      [
        siteService({
          subCategories: ['physiotherapy', 'speech-language-therapy'],
          languages: ['en', 'pl', 'bfi'],
        }),
      ],
      'pl',
      demoVocabularies,
    )
    expect(options.subcategory).toEqual([
      { value: 'speech-language-therapy', label: 'Terapia mowy i języka' },
      { value: 'physiotherapy', label: 'Fizjoterapia' },
    ])
    expect(options.language.map((option) => option.value).sort()).toEqual(['bfi', 'pl'])
  })
})
