/**
 * The site shows two shared vocabularies through its translation files (the English-only
 * labels in `shared/` are translated there). The lists themselves live in `shared/`; these tests
 * keep the files to them, so a value added to a vocabulary without its translations, or an
 * English label changed in one place only, fails here instead of showing a raw key on a page.
 */
import {
  educationOfferQuestions,
  localeCodes,
  OUTSIDE_AREA,
  OUTSIDE_AREA_NAME,
  type LocaleCode,
} from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import ar from '../src/i18n/locales/ar.json'
import en from '../src/i18n/locales/en.json'
import pl from '../src/i18n/locales/pl.json'

const files: Record<LocaleCode, Record<string, unknown>> = { en, pl, ar }

/** The values of a vocabulary with their English labels, as the translation files key them. */
const vocabularies = [
  {
    group: 'educationOffer',
    labels: educationOfferQuestions.map(({ key, label }) => [key, label] as const),
    extraKeys: [],
  },
  {
    group: 'locality',
    // The localities themselves are data (the CMS's `localities`); only "outside the area" is
    // the site's own words.
    labels: [[OUTSIDE_AREA, OUTSIDE_AREA_NAME]],
    // The search filter's choice for listings delivered anywhere in the area.
    extraKeys: ['anywhere'],
  },
] as const

const groupIn = (code: LocaleCode, group: string) =>
  (files[code][group] ?? {}) as Record<string, unknown>

describe.each(vocabularies)('the $group translations', ({ group, labels, extraKeys }) => {
  it.each([...localeCodes])(
    'name every value of the shared list, and nothing else, in %s',
    (code) => {
      expect(Object.keys(groupIn(code, group)).sort()).toEqual(
        [...labels.map(([value]) => value), ...extraKeys].sort(),
      )
    },
  )

  it('give the shared English label in English', () => {
    const english = groupIn('en', group)
    for (const [value, label] of labels) expect(english[value], value).toBe(label)
  })
})
