/**
 * The fingerprint of what every page reads besides its own item: the council settings, the
 * comment retention periods, the localities, the vocabularies and the glossary (linked from
 * every listing's text). While it and the code are unchanged, a listing's pages are made from
 * the listing alone, so a build may reuse the previous build's pages for a listing that did not
 * change (itemPaths.ts). Information pages, "You said, we did" reports and postcodes are not in
 * it: a listing's pages do not read them (renderReads.ts refuses a build where one does).
 */
import { getCollection } from 'astro:content'

import { fingerprintHash } from './fingerprint'

export const SITE_WIDE_COLLECTIONS = [
  'councilSettings',
  'commentRetention',
  'localities',
  'subCategories',
  'venueFeatures',
  'serviceLanguages',
  'glossary',
] as const

export async function siteInputsFingerprint(): Promise<string> {
  const hash = fingerprintHash()
  for (const collection of SITE_WIDE_COLLECTIONS) {
    const entries = (await getCollection(collection))
      .map((entry) => [entry.id, entry.data] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    hash.update(`\0${collection}\0${JSON.stringify(entries)}`)
  }
  return hash.digest('hex').slice(0, 32)
}
