import { isLocaleCode, type LocaleCode } from '@local-offer/shared'

import { loadRedaction } from '../../privacy/loadRedaction'

/** Longer than this is not a search anyone typed into the box; it is kept to this length. */
export const SEARCH_TERM_MAX_LENGTH = 100

/**
 * The words a search that found nothing is counted under: Unicode-normalised (NFKC, so full-width
 * and composed letters count once), lower case, spaces collapsed, cut to 100 characters, and with
 * anything that looks like personal data (a name after "my son", an email address, a phone or NHS
 * number, a postcode, a date of birth…) replaced by the anonymiser's markers, as comments are.
 * Empty when nothing is left.
 */
export async function normaliseSearchTerm(
  text: string,
  locale: LocaleCode = 'en',
): Promise<string> {
  const tidy = text.normalize('NFKC').replace(/\s+/g, ' ').trim()
  const { redactPersonalData } = await loadRedaction()
  const redacted = redactPersonalData(tidy).text
  return redacted.toLocaleLowerCase(locale).slice(0, SEARCH_TERM_MAX_LENGTH).trim()
}

export interface SearchMissInput {
  term: string
  locale: LocaleCode
}

/**
 * What the site's beacon sent (`{"q": "…", "locale": "pl"}` as text/plain, so the browser sends
 * it without a CORS preflight), checked; null when it is not a search worth counting.
 */
export async function searchMissFrom(body: unknown): Promise<SearchMissInput | null> {
  if (typeof body !== 'object' || body === null) return null
  const { q, locale } = body as Record<string, unknown>
  if (typeof q !== 'string' || q.length > 1000) return null
  const code = isLocaleCode(locale) ? locale : 'en'
  const term = await normaliseSearchTerm(q, code)
  return term ? { term, locale: code } : null
}
