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
  words: readonly string[]
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

/** Whether the normalised text holds the phrase as whole words ("ot" is not in "other"). */
function holdsPhrase(paddedText: string, phrase: string): boolean {
  return phrase !== '' && paddedText.includes(` ${phrase} `)
}

/** A synonym group's words for one language's pages: that language's, then English. */
export function groupForLocale(group: SynonymGroup, locale: LocaleCode): WordGroup {
  const own = locale === 'en' ? [] : (group.words[locale] ?? [])
  return {
    words: [...own, ...group.words.en],
    categories: group.categories,
    subCategories: group.subCategories,
    needs: group.needs,
  }
}

function belongs(
  listing: ListingForSynonyms,
  group: WordGroup,
  paddedText: string,
  locale: LocaleCode,
) {
  if (group.categories?.includes(listing.category)) return true
  if (group.subCategories?.some((value) => listing.subCategories.includes(value))) return true
  if (group.needs?.some((value) => listing.needs.includes(value))) return true
  return group.words.some((word) => holdsPhrase(paddedText, normaliseWords(word, locale)))
}

/**
 * The extra words for a listing: each word of every group it belongs to that its text does not
 * already hold, once each, in the groups' order.
 */
export function extraSearchWords(
  listing: ListingForSynonyms,
  groups: readonly WordGroup[],
  locale: LocaleCode,
): string[] {
  const padded = ` ${normaliseWords(listing.text, locale)} `
  const extra = new Map<string, string>()
  for (const group of groups) {
    if (!belongs(listing, group, padded, locale)) continue
    for (const word of group.words) {
      const normal = normaliseWords(word, locale)
      if (normal && !holdsPhrase(padded, normal) && !extra.has(normal)) extra.set(normal, word)
    }
  }
  return [...extra.values()]
}
