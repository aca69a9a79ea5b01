/**
 * Puts a misspelt search right ("autisim" → "autism") when it found nothing: fetches the site's
 * words for the page's language (/search/words.json) and the small spelling module, both only
 * then, so a search that finds something costs no more bytes (issue 11 item 5).
 */
import type { LocaleCode } from '@local-offer/shared'

const vocabularies = new Map<string, Promise<string[]>>()

/** The word list, fetched once a page; anything but a list of words counts as none. */
function vocabularyAt(href: string): Promise<string[]> {
  let words = vocabularies.get(href)
  if (!words) {
    words = fetch(href)
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
      .then((data) =>
        Array.isArray(data) ? data.filter((word): word is string => typeof word === 'string') : [],
      )
      .catch(() => [])
    vocabularies.set(href, words)
  }
  return words
}

/** The query with misspelt words put right, or null when there is nothing to put right. */
export async function correctSpelling(
  query: string,
  locale: LocaleCode,
  wordsHref: string,
): Promise<string | null> {
  const [{ correctedQuery }, vocabulary] = await Promise.all([
    import('@local-offer/shared/spelling'),
    vocabularyAt(wordsHref),
  ])
  return vocabulary.length > 0 ? correctedQuery(query, vocabulary, locale) : null
}
