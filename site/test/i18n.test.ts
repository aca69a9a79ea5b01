import { educationOfferQuestions, localeCodes, type LocaleCode } from '@local-offer/shared'
import { describe, expect, it } from 'vitest'

import { pluralTemplates, resources, useTranslations } from '../src/i18n'

type Tree = { [key: string]: string | Tree }

/** Every key in a resource file as a dotted path, with its text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') keys.set(path, value)
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text)
  }
  return keys
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/
/** A key without its plural suffix: `common.listingCount_one` → `common.listingCount`. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '')
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()

const strings = Object.fromEntries(
  localeCodes.map((code) => [code, flatten(resources[code].translation as Tree)]),
) as Record<LocaleCode, Map<string, string>>
const english = strings.en
const translations = localeCodes.filter((code) => code !== 'en')

/** English placeholders for a key, plural forms taken together. */
function englishPlaceholders(key: string): string[] {
  const base = baseKey(key)
  const all = [...english].filter(([k]) => baseKey(k) === base).flatMap(([, t]) => placeholders(t))
  return [...new Set(all)].sort()
}

describe('translation files', () => {
  it('have English strings to check', () => {
    expect(english.size).toBeGreaterThan(20)
    expect(english.get('common.skipLink')).toBe('Skip to main content')
  })

  describe.each(translations)('%s', (code) => {
    const own = strings[code]
    const ownBases = new Set([...own.keys()].map(baseKey))
    const englishBases = new Set([...english.keys()].map(baseKey))

    it('has every key English has (any plural form counts)', () => {
      expect([...englishBases].filter((key) => !ownBases.has(key))).toEqual([])
    })

    it('has no key English lacks', () => {
      expect([...ownBases].filter((key) => !englishBases.has(key))).toEqual([])
    })

    it('uses the same placeholders as English', () => {
      const mismatches: string[] = []
      for (const [key, text] of own) {
        const expected = englishPlaceholders(key)
        const actual = placeholders(text)
        // A plural form may spell its number out ("one service"), so may leave out {{count}}.
        const allowed = PLURAL_SUFFIX.test(key) ? expected.filter((p) => p !== 'count') : expected
        const ok =
          actual.every((p) => expected.includes(p)) && allowed.every((p) => actual.includes(p))
        if (!ok) mismatches.push(`${key}: ${actual.join(',')} (English: ${expected.join(',')})`)
      }
      expect(mismatches).toEqual([])
    })

    it('has every plural form the language needs', () => {
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories
      const missing: string[] = []
      for (const base of new Set(
        [...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey),
      )) {
        for (const form of needed) if (!own.has(`${base}_${form}`)) missing.push(`${base}_${form}`)
      }
      expect(missing).toEqual([])
    })

    it('puts {{count}} in the "other" form', () => {
      for (const key of own.keys()) {
        if (key.endsWith('_other')) expect(own.get(key)).toContain('{{count}}')
      }
    })
  })

  it('has no empty strings', () => {
    const empty = localeCodes.flatMap((code) =>
      [...strings[code]].filter(([, text]) => !text.trim()).map(([key]) => `${code}:${key}`),
    )
    expect(empty).toEqual([])
  })
})

describe('pluralTemplates', () => {
  it('gives English its forms', () => {
    expect(pluralTemplates('en', 'search.results')).toEqual({
      zero: 'No results',
      one: '{{count}} result',
      other: '{{count}} results',
    })
  })

  it('gives Polish its own forms', () => {
    expect(Object.keys(pluralTemplates('pl', 'common.listingCount'))).toEqual([
      'one',
      'few',
      'many',
      'other',
    ])
    expect(pluralTemplates('pl', 'common.listingCount').few).toBe('{{count}} usługi')
  })

  it('gives Arabic all six forms', () => {
    const forms = pluralTemplates('ar', 'search.results')
    expect(Object.keys(forms)).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'])
    expect(forms.two).toBe('نتيجتان')
  })

  it('gives nothing for a key with no plural forms in any language', () => {
    expect(pluralTemplates('en', 'search.noSuchKey')).toEqual({})
    expect(pluralTemplates('pl', 'search.noSuchKey')).toEqual({})
  })
})

describe('useTranslations', () => {
  it('translates with placeholders and plurals in the locale', () => {
    expect(useTranslations('en')('common.listingCount', { count: 1 })).toBe('1 service')
    expect(useTranslations('pl')('common.listingCount', { count: 3 })).toBe('3 usługi')
    expect(useTranslations('pl')('common.listingCount', { count: 5 })).toBe('5 usług')
    expect(useTranslations('ar')('common.listingCount', { count: 2 })).toBe('خدمتان')
    expect(useTranslations('en')('common.ages', { from: 4, to: 11 })).toBe('Ages 4 to 11')
  })
})

describe('translation keys', () => {
  it('are checked against the English file when the site is type-checked', () => {
    const t = useTranslations('en')
    // @ts-expect-error: not a key in en.json; i18next.d.ts makes a mistyped key a type error.
    expect(t('service.noSuchKey')).toBe('service.noSuchKey')
  })

  // The listing builds these keys from CMS values (components/listing/SchoolOffer), which the
  // type check cannot follow: every value the CMS offers has its English string. (Venue features
  // are data with their own labels in every language: the CMS's venue-features.)
  it('name every Schedule 2 paragraph 5 question', () => {
    const missing = educationOfferQuestions
      .map(({ key }) => `educationOffer.${key}`)
      .filter((key) => !english.has(key))
    expect(missing).toEqual([])
  })
})

describe('useTranslations', () => {
  it('gives the same translate function for a locale each time', () => {
    expect(useTranslations('pl')).toBe(useTranslations('pl'))
    expect(useTranslations('pl')).not.toBe(useTranslations('ar'))
  })

  it('gives the same texts as i18next, remembered or not, with and without options', () => {
    for (const locale of localeCodes) {
      const t = useTranslations(locale)
      // Every key of the file, read as the keys' names come (not the typed keys).
      const byName = t as unknown as (key: string) => string
      for (const [key, text] of strings[locale]) {
        if (PLURAL_SUFFIX.test(key) || placeholders(text).length > 0) continue
        expect(byName(key)).toBe(text)
        expect(byName(key)).toBe(text)
      }
      const withCount = (count: number) => t('common.listingCount', { count })
      // Counts past Arabic's dual, which names two without a digit; each asked for twice.
      expect(withCount(3)).not.toBe(withCount(5))
      expect(withCount(5)).toContain('5')
      expect(withCount(3)).toContain('3')
    }
  })

  it('translates calls with options it cannot remember each time', () => {
    const t = useTranslations('en')
    // An options object with a nested value is not remembered, and gives i18next's text.
    const nested = { count: 4, context: undefined, extra: { not: 'plain' } }
    expect(t('common.listingCount', nested)).toBe('4 services')
    expect(t('common.listingCount', { ...nested, count: 6 })).toBe('6 services')
    // More texts with options than are kept: each is still right after they are let go.
    for (let count = 0; count < 5100; count += 1) {
      expect(t('common.listingCount', { count })).toBe(
        count === 1 ? '1 service' : `${count} services`,
      )
    }
  })
})
