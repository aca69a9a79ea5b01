import type { LocaleCode } from '../locales.js'
import { normaliseWords } from './extraWords.js'

/**
 * The words a misspelt query is put right against (see spelling.ts), built with the site: every
 * word of at least `minLength` letters in the given texts (listing names and summaries, labels,
 * glossary terms, synonyms), most used first so that ties go to the common word.
 */
export function searchVocabulary(
  texts: Iterable<string>,
  locale: LocaleCode,
  minLength = 4,
): string[] {
  const uses = new Map<string, number>()
  for (const text of texts) {
    for (const word of normaliseWords(text, locale).split(' ')) {
      if ([...word].length < minLength || /\d/.test(word)) continue
      uses.set(word, (uses.get(word) ?? 0) + 1)
    }
  }
  return [...uses.entries()]
    .sort(([a, usesA], [b, usesB]) => usesB - usesA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word)
}
