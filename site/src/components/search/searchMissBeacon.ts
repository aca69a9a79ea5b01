/**
 * Tells the council, counted only, what a search found nothing for (issue 15 item 5): one
 * `navigator.sendBeacon` to the CMS's `/api/search-misses/record` with the words and the page's
 * language, nothing else. The CMS normalises the words, removes anything that looks like personal
 * data, and keeps only a count per words, language and day for 12 months (no address, no time of
 * day). It is described in the privacy notice.
 *
 * Not sent when the browser asks not to be tracked (Do Not Track or Global Privacy Control): the
 * count is anonymous and not tracking, but a family who asked for nothing to be sent about what
 * they do gets exactly that. Not sent either when the site was built without the address
 * (SEARCH_MISS_BEACON=off), nor twice for the same words on one page.
 */
import { useEffect } from 'preact/hooks'

/** Set at build time by astro.config.mjs (empty when switched off). */
const BEACON_URL: unknown = import.meta.env.LO_SEARCH_MISS_URL

/** The parts of `navigator` that say whether the family asked not to be tracked. */
export interface PrivacySignals {
  doNotTrack?: string | null
  globalPrivacyControl?: boolean
}

/** True when Do Not Track ("1") or Global Privacy Control is on. */
export function asksNotToBeTracked(signals: PrivacySignals): boolean {
  return signals.doNotTrack === '1' || signals.globalPrivacyControl === true
}

const sent = new Set<string>()

/** Sends the beacon for `query` once per page, if allowed; says whether it was sent. */
export function reportSearchMiss(
  query: string,
  /** The page's language code; the CMS counts anything it does not know under English. */
  locale: string,
  browser: PrivacySignals & Pick<Navigator, 'sendBeacon'> = navigator,
  url: unknown = BEACON_URL,
): boolean {
  const words = query.trim()
  const key = `${locale}\u0000${words}`
  if (!words || typeof url !== 'string' || !url || sent.has(key)) return false
  if (asksNotToBeTracked(browser) || typeof browser.sendBeacon !== 'function') return false
  sent.add(key)
  // A string body goes as text/plain: a "simple" request, with no CORS preflight.
  return browser.sendBeacon(url, JSON.stringify({ q: words, locale }))
}

/** For the search island: reports `query` when it is set (the search found nothing). */
export function useSearchMissBeacon(query: string, locale: string): void {
  useEffect(() => {
    if (query) reportSearchMiss(query, locale)
  }, [query, locale])
}
