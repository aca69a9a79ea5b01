import { describe, expect, it } from 'vitest'

import {
  areaOfNeedValues,
  categoryValues,
  extraSearchWords,
  groupForLocale,
  isAbbreviation,
  localeCodes,
  normaliseWords,
  openingFilterValues,
  searchVocabulary,
  synonymGroups,
  type ListingForSynonyms,
  type LocaleCode,
} from '../src/index.js'
import { councilVocabularies } from './fixtures/councilVocabularies.js'
import { allowedEdits, correctedQuery, nearestWord } from '../src/search/spelling.js'

const groupsIn = (locale: LocaleCode) => synonymGroups.map((group) => groupForLocale(group, locale))

function listing(text: string, more: Partial<ListingForSynonyms> = {}): ListingForSynonyms {
  return { text, category: 'health', subCategories: [], needs: [], ...more }
}

describe('the synonym list', () => {
  it('names only real categories, starter sub-categories and areas of need', () => {
    const subCategoryValues = councilVocabularies.subCategories.map((sub) => sub.value as string)
    for (const group of synonymGroups) {
      const links = group as {
        categories?: readonly string[]
        subCategories?: readonly string[]
        needs?: readonly string[]
      }
      for (const value of links.categories ?? []) expect(categoryValues).toContain(value)
      for (const value of links.subCategories ?? []) expect(subCategoryValues).toContain(value)
      for (const value of links.needs ?? []) expect(areaOfNeedValues).toContain(value)
    }
  })

  it('has words in every language for every group, and unique keys', () => {
    expect(new Set(synonymGroups.map((g) => g.key)).size).toBe(synonymGroups.length)
    for (const group of synonymGroups) {
      for (const locale of localeCodes) {
        const words = (group.words as Partial<Record<LocaleCode, readonly string[]>>)[locale]
        expect(words?.length, `${group.key} in ${locale}`).toBeGreaterThan(0)
      }
    }
  })

  it('covers the abbreviations families type', () => {
    const english = synonymGroups.flatMap((g) => g.words.en)
    for (const word of ['respite', 'EHCP', 'CAMHS', 'OT', 'SALT', 'SLT', 'DLA', 'PIP'])
      expect(english).toContain(word)
  })
})

describe('extra search words for a listing', () => {
  it('finds short breaks by "respite" and a speech therapy service by "SALT"', () => {
    const breaks = extraSearchWords(
      listing('Saturday club: a short break for disabled children'),
      groupsIn('en'),
      'en',
    )
    expect(breaks).toContain('respite')
    const speech = extraSearchWords(
      listing('Our speech and language therapists see children at home'),
      groupsIn('en'),
      'en',
    )
    expect(speech).toEqual(expect.arrayContaining(['salt', 'slt']))
    // Words, not phrases (Pagefind finds words), and only those the listing does not say already:
    // "therapist" is the start of its "therapists", which Pagefind matches.
    expect(speech).not.toContain('speech')
    expect(speech).not.toContain('therapist')
    expect(speech).not.toContain('speech therapy')
  })

  it('adds the words of a group a listing belongs to by its category, sub-category or need', () => {
    const words = groupsIn('en')
    expect(
      extraSearchWords(listing('Holiday club', { category: 'short-breaks' }), words, 'en'),
    ).toContain('respite')
    expect(
      extraSearchWords(listing('Clinic', { subCategories: ['occupational-therapy'] }), words, 'en'),
    ).toContain('ot')
    expect(
      extraSearchWords(
        listing('Group', { needs: ['social-emotional-mental-health'] }),
        words,
        'en',
      ),
    ).toContain('semh')
    // A listing naming no need is for every need, but that does not make it a mental health service.
    expect(extraSearchWords(listing('Group'), words, 'en')).toEqual([])
  })

  it('matches whole words only, without case', () => {
    const words = groupsIn('en')
    expect(extraSearchWords(listing('Other support and a salty snack'), words, 'en')).toEqual([])
    expect(extraSearchWords(listing('ask the ot team'), words, 'en')).toEqual(
      expect.arrayContaining(['occupational', 'therapy']),
    )
  })

  it('adds Polish words on Polish pages, and the English abbreviations too', () => {
    const words = extraSearchWords(
      listing('Talk Time: konsultacje logopedyczne bez zapisów'),
      groupsIn('pl'),
      'pl',
    )
    expect(words).toEqual(expect.arrayContaining(['terapia', 'mowy', 'logopeda', 'salt']))
  })

  it('matches Arabic text without its vowel marks', () => {
    const words = extraSearchWords(listing('دعم الأطفال ذوي التَّوحد'), groupsIn('ar'), 'ar')
    expect(words).toContain('طيف')
    expect(words).toContain('asd')
    // English words other than abbreviations are left off other languages' pages (20 KB budget)…
    expect(words).not.toContain('spectrum')
    // …but still put a listing written in English into its group.
    expect(extraSearchWords(listing('Autism outreach team'), groupsIn('ar'), 'ar')).toContain(
      'التوحد',
    )
  })

  it('knows an abbreviation', () => {
    for (const word of ['EHCP', 'SALT', 'OT', 'SpLD', 'CAMHS'])
      expect(isAbbreviation(word)).toBe(true)
    for (const word of ['respite', 'Autism', 'A', 'speech therapy'])
      expect(isAbbreviation(word)).toBe(false)
  })

  it('normalises punctuation, curly apostrophes and case', () => {
    expect(normaliseWords('Carer’s  Allowance, (DLA)!')).toBe("carer's allowance dla")
    expect(normaliseWords('KRÓTKIE przerwy', 'pl')).toBe('krótkie przerwy')
  })
})

describe('"when it is open" filters from opening times', () => {
  const time = (days: string[], opens: string, closes: string, note = '') => ({
    days,
    opens,
    closes,
    note: note ? { en: note } : {},
  })

  it('weekends, after 6pm and school holidays', () => {
    expect(openingFilterValues([time(['saturday'], '09:30', '12:00', 'Term time')])).toEqual([
      'weekends',
    ])
    expect(openingFilterValues([time(['tuesday'], '16:00', '19:30')])).toEqual(['evenings'])
    expect(
      openingFilterValues([time(['monday', 'friday'], '09:00', '15:00', 'School holidays only')]),
    ).toEqual(['school-holidays'])
    expect(openingFilterValues([], ['holiday-schemes'])).toEqual(['school-holidays'])
  })

  it('closing at 18:00 is not "after 6pm"; term time and bank holidays are not school holidays', () => {
    expect(openingFilterValues([time(['monday'], '09:00', '18:00', 'Term time')])).toEqual([])
    expect(
      openingFilterValues([time(['monday'], '09:00', '17:00', 'Closed bank holidays')]),
    ).toEqual([])
    expect(
      openingFilterValues([time(['monday'], '09:00', '17:00', 'All year except bank holidays')]),
    ).toEqual(['school-holidays'])
    expect(
      openingFilterValues([
        { ...time(['monday'], '09:00', '17:00'), note: { pl: 'Także w ferie' } },
      ]),
    ).toEqual(['school-holidays'])
  })
})

describe('putting misspelt words right', () => {
  const vocabulary = searchVocabulary(
    [
      'Autism support for families',
      'Autism outreach team',
      'Speech and language therapy',
      'Inclusive swimming lessons',
      'Short breaks',
    ],
    'en',
  )

  it('builds the vocabulary most used word first, without short words or numbers', () => {
    expect(vocabulary[0]).toBe('autism')
    expect(vocabulary).not.toContain('and')
    expect(searchVocabulary(['Ages 0 to 25, room 101b'], 'en')).toEqual(['ages', 'room'])
  })

  it('corrects "autisim" and "speach"', () => {
    expect(correctedQuery('autisim', vocabulary)).toBe('autism')
    expect(correctedQuery('Speach therapy', vocabulary)).toBe('speech therapy')
    expect(correctedQuery('swiming lesons', vocabulary)).toBe('swimming lessons')
  })

  it('leaves known words, the start of a known word, short words and numbers alone', () => {
    expect(correctedQuery('autism', vocabulary)).toBeNull()
    expect(correctedQuery('therap', vocabulary)).toBeNull()
    expect(correctedQuery('OT', vocabulary)).toBeNull()
    expect(correctedQuery('WB1 2AB', vocabulary)).toBeNull()
  })

  it('gives up when nothing is near enough', () => {
    expect(correctedQuery('zzzzzzzz', vocabulary)).toBeNull()
    expect(nearestWord('brakes', ['breaks'])).toBe('breaks')
    expect(nearestWord('brks', ['breaks'])).toBeUndefined()
    expect(allowedEdits('speach')).toBe(2)
    expect(allowedEdits('salt')).toBe(1)
  })

  it('corrects Polish words against the Polish vocabulary', () => {
    const polish = searchVocabulary(['Lekcje pływania dla dzieci', 'Krótkie przerwy'], 'pl')
    expect(correctedQuery('plywania', polish, 'pl')).toBe('pływania')
  })
})
