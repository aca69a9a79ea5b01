/**
 * "Did you mean…": a family's misspelt words ("autisim", "speach") put right against the site's
 * own words (issue 11 item 5). Pagefind has no fuzzy search, so when a search finds nothing the
 * search page fetches the list of words the site uses (built with it) and this module, and
 * searches again with the nearest words. Neither is loaded for a search that finds something,
 * so the first search costs no more bytes. Pure and small: the search page loads it on its own.
 */
import { distance } from 'fastest-levenshtein'

import type { LocaleCode } from '../locales.js'
import { normaliseWords } from './extraWords.js'

/** Words shorter than this are left alone: "OT" is one edit from too many words to guess. */
const MIN_LENGTH = 4

/** The most edits a word may be from the word put in its place: one for short words, two for longer. */
export function allowedEdits(word: string): number {
  return [...word].length <= 5 ? 1 : 2
}

/**
 * The nearest word of the vocabulary within the allowed edits, or undefined. Ties go to the word
 * met first, so a vocabulary listed from the most used word down prefers the common one.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const most = allowedEdits(word)
  let best: string | undefined
  let bestEdits = most + 1
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > most) continue
    const edits = distance(word, candidate)
    if (edits < bestEdits) {
      best = candidate
      bestEdits = edits
      if (edits === 1) break
    }
  }
  return best
}

/**
 * The query with each word the site does not use replaced by the nearest word it does, or null
 * when no word changed. Words the vocabulary starts with are kept (Pagefind matches the start of
 * words), as are numbers and short words.
 */
export function correctedQuery(
  query: string,
  vocabulary: readonly string[],
  locale: LocaleCode = 'en',
): string | null {
  const known = new Set(vocabulary)
  let changed = false
  const words = normaliseWords(query, locale)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      if ([...word].length < MIN_LENGTH || /\d/.test(word) || known.has(word)) return word
      if (vocabulary.some((candidate) => candidate.startsWith(word))) return word
      const nearest = nearestWord(word, vocabulary)
      if (!nearest) return word
      changed = true
      return nearest
    })
  return changed ? words.join(' ') : null
}
