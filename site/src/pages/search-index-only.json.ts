/**
 * For the search index only (src/searchIndex/indexOnly.ts): each listing page's filters, places
 * and extra words, by the built file they belong to. indexSite.mjs reads it, gives Pagefind each
 * page with its part added, and deletes it: it is never published. A listing whose part the
 * previous build made from the same listing on the same basis gets that part again
 * (searchIndex/reusedParts.ts).
 */
import { localeCodes, type LocaleCode, type WordGroup } from '@local-offer/shared'
import type { APIRoute } from 'astro'

import { siteWordGroups } from '../components/search/siteWordGroups'
import { buildState } from '../incremental/buildState'
import { contentCacheDirsFromEnv } from '../incremental/contentCache'
import { fingerprintOf, objectFingerprint } from '../incremental/fingerprint'
import type { SiteService } from '../lib/model'
import { pathFor } from '../lib/paths'
import { serviceEntries } from '../lib/siteContent'
import { siteLocalities } from '../lib/siteLocalities'
import { siteVocabularies } from '../lib/siteVocabularies'
import { listingIndexOnlyHtml } from '../searchIndex/indexOnly'
import {
  partsFor,
  readIndexOnlyParts,
  writeIndexOnlyParts,
  type PagePart,
} from '../searchIndex/reusedParts'

export const GET: APIRoute = async () => {
  const services = (await serviceEntries()).map(({ data }) => data)
  const localityKeys = (await siteLocalities()).map((locality) => locality.key)
  const { subCategories } = await siteVocabularies()
  const wordGroups = Object.fromEntries(
    await Promise.all(localeCodes.map(async (locale) => [locale, await siteWordGroups(locale)])),
  ) as Record<LocaleCode, WordGroup[]>

  const pages: Array<PagePart<SiteService> & { locale: LocaleCode }> = []
  for (const locale of localeCodes) {
    for (const service of services) {
      const file = `${pathFor(locale, `/services/${service.slug}/`).replace(/^\//, '')}index.html`
      pages.push({ file, listing: service, locale })
    }
  }

  // Everything a part is made with besides its listing and language.
  const basis = fingerprintOf([buildState().code, wordGroups, localityKeys, subCategories])
  const cache = contentCacheDirsFromEnv()
  const earlier = cache.full ? null : await readIndexOnlyParts(cache.previous, basis)
  const { parts, made, reused } = partsFor(
    pages,
    earlier,
    objectFingerprint,
    ({ listing, locale }) =>
      listingIndexOnlyHtml(listing, locale, wordGroups[locale], localityKeys, subCategories),
  )
  await writeIndexOnlyParts(cache.write, basis, parts)
  buildState().indexOnlyParts = { made, reused }

  return new Response(
    JSON.stringify(Object.fromEntries(pages.map(({ file }) => [file, parts[file]!.html]))),
    { headers: { 'content-type': 'application/json' } },
  )
}
