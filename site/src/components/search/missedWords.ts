/**
 * Whether a search missed some of its words, so that a misspelling should be put right (see
 * spellingFix.ts). Pagefind has no real fuzzy search, and a word it does not hold is not always
 * answered with nothing: it falls back to words that share the word's start, sometimes a useful
 * one ("swiming" → "swimming"), sometimes only its first letter ("autisim" → every "a", the
 * Polish "zzqqxx" → every "z"), and marks them in the excerpts. So the words Pagefind marked in
 * the results already on the screen are checked: each searched word of four letters or more
 * should have a marked word holding its first four letters (so a stemmed match, "therapies" →
 * "therapy", or an Arabic word with its article, "توحد" → "التوحد", counts).
 * Kept small: it runs with every search.
 */
const PREFIX = 4
const MARKED = /<mark>([^<]*)<\/mark>/g

const wordsOf = (text: string, locale: string): string[] =>
  text
    .toLocaleLowerCase(locale)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

export function searchMissedWords(query: string, excerpts: string[], locale: string): boolean {
  const marked = excerpts.flatMap((excerpt) =>
    [...excerpt.matchAll(MARKED)].flatMap((match) => wordsOf(match[1] ?? '', locale)),
  )
  return wordsOf(query, locale).some((word) => {
    if ([...word].length < PREFIX) return false
    const start = [...word].slice(0, PREFIX).join('')
    return !marked.some((found) => found.includes(start))
  })
}
