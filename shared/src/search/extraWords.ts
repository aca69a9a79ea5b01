import type { LocaleCode } from '../locales.js'
import type { SynonymGroup } from './synonyms.js'

/**
 * The words a listing is found by besides its own (issue 11 item 5): every word of each synonym
 * group it belongs to. Pure, so the rule can be tested without building a page; the site calls
 * it once per listing and language at build time.
 */

/** What a listing is, for group membership: its text in the page's language and its vocabulary values. */
export interface ListingForSynonyms {
  /** The listing's own words (name, summary, description, sub-category labels…), any case. */
  text: string
  category: string
  subCategories: readonly string[]
  /** The areas of need the listing names (not "every need" when it names none). */
  needs: readonly string[]
}

/** A group of words that mean the same, already in the languages one page uses. */
export interface WordGroup {
  /** Added to a listing in the group (and found in its text, to put it in the group). */
  words: readonly string[]
  /** Only found in its text: English words on another language's page, which has no room for them. */
  matchOnly?: readonly string[]
  categories?: readonly string[]
  subCategories?: readonly string[]
  needs?: readonly string[]
}

/**
 * Text as the matcher compares it: lower case, one space between words, no punctuation; Arabic
 * vowel marks and the stretching tatweel are dropped, as families rarely type them.
 */
export function normaliseWords(text: string, locale: LocaleCode = 'en'): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(locale)
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^| )'+|'+(?= |$)/g, '$1')
    .trim()
}

/**
 * A listing's normalised text, to ask whether it holds a phrase as whole words ("ot" is not in
 * "other"): one word by a set look-up, a longer phrase only when each of its words is there.
 */
class ListingWords {
  private readonly padded: string
  private readonly words: Set<string>
  constructor(text: string) {
    this.padded = ` ${text} `
    this.words = new Set(text.split(' '))
  }
  holds(phrase: NormalisedPhrase): boolean {
    if (phrase.words.length === 0) return false
    if (!phrase.words.every((word) => this.words.has(word))) return false
    return phrase.words.length === 1 || this.padded.includes(` ${phrase.text} `)
  }
}

interface NormalisedPhrase {
  text: string
  words: readonly string[]
}

const phraseOf = (text: string): NormalisedPhrase => ({
  text,
  words: text === '' ? [] : text.split(' '),
})

/** An abbreviation families type in any language: "EHCP", "SALT", "OT", "SpLD". */
export function isAbbreviation(word: string): boolean {
  return /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,6}$/.test(word)
}

/**
 * Words for one language's pages: that language's words, then English. On Polish and Arabic
 * pages only the English abbreviations are added (listing pages have a 20 KB budget); the other
 * English words still put a listing whose text is in English into the group.
 */
export function wordsForLocale(
  own: readonly string[],
  english: readonly string[],
  locale: LocaleCode,
): Pick<WordGroup, 'words' | 'matchOnly'> {
  if (locale === 'en') return { words: [...new Set(english)] }
  return {
    words: [...new Set([...own, ...english.filter(isAbbreviation)])],
    matchOnly: english.filter((word) => !isAbbreviation(word)),
  }
}

/** A synonym group for one language's pages (see wordsForLocale). */
export function groupForLocale(group: SynonymGroup, locale: LocaleCode): WordGroup {
  const own = locale === 'en' ? [] : (group.words[locale] ?? [])
  return {
    ...wordsForLocale(own, group.words.en, locale),
    categories: group.categories,
    subCategories: group.subCategories,
    needs: group.needs,
  }
}

/** A group with its words normalised for one language, once per build rather than per listing. */
interface PreparedGroup {
  group: WordGroup
  /** Its words and match-only words, as phrases to find in a listing's text. */
  phrases: NormalisedPhrase[]
  /** The single words it adds. */
  words: string[]
}

const preparedGroups = new WeakMap<readonly WordGroup[], Map<LocaleCode, PreparedGroup[]>>()

function prepare(groups: readonly WordGroup[], locale: LocaleCode): PreparedGroup[] {
  let byLocale = preparedGroups.get(groups)
  if (!byLocale) {
    byLocale = new Map()
    preparedGroups.set(groups, byLocale)
  }
  let prepared = byLocale.get(locale)
  if (!prepared) {
    prepared = groups.map((group) => ({
      group,
      phrases: [...group.words, ...(group.matchOnly ?? [])].map((word) =>
        phraseOf(normaliseWords(word, locale)),
      ),
      words: group.words.flatMap((phrase) => normaliseWords(phrase, locale).split(' ')),
    }))
    byLocale.set(locale, prepared)
  }
  return prepared
}

function belongs(listing: ListingForSynonyms, prepared: PreparedGroup, text: ListingWords) {
  const { group } = prepared
  if (group.categories?.includes(listing.category)) return true
  if (group.subCategories?.some((value) => listing.subCategories.includes(value))) return true
  if (group.needs?.some((value) => listing.needs.includes(value))) return true
  return prepared.phrases.some((phrase) => text.holds(phrase))
}

/**
 * The extra words for a listing: the words of every group it belongs to that its text does not
 * already hold, once each, in the groups' order. Pagefind finds pages by words, not phrases, and
 * matches the start of words, so "speech therapist" adds nothing to a page that says "speech and
 * language therapists": only words the page lacks are added, which keeps listing pages small.
 */
export function extraSearchWords(
  listing: ListingForSynonyms,
  groups: readonly WordGroup[],
  locale: LocaleCode,
): string[] {
  const text = normaliseWords(listing.text, locale)
  const words = new ListingWords(text)
  const own = text.split(' ')
  const extra = new Set<string>()
  for (const prepared of prepare(groups, locale)) {
    if (!belongs(listing, prepared, words)) continue
    for (const word of prepared.words) {
      if (word && !extra.has(word) && !own.some((mine) => mine.startsWith(word))) extra.add(word)
    }
  }
  return [...extra]
}
