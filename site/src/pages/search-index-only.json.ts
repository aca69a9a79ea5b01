/**
 * For the search index only (src/searchIndex/indexOnly.ts): each listing page's filters, places
 * and extra words, by the built file they belong to. indexSite.mjs reads it, gives Pagefind each
 * page with its part added, and deletes it: it is never published.
 */
import { localeCodes } from '@local-offer/shared'
import type { APIRoute } from 'astro'

import { siteWordGroups } from '../components/search/siteWordGroups'
import { pathFor } from '../lib/paths'
import { serviceEntries } from '../lib/siteContent'
import { siteLocalities } from '../lib/siteLocalities'
import { siteVocabularies } from '../lib/siteVocabularies'
import { listingIndexOnlyHtml } from '../searchIndex/indexOnly'

export const GET: APIRoute = async () => {
  const services = (await serviceEntries()).map(({ data }) => data)
  const localityKeys = (await siteLocalities()).map((locality) => locality.key)
  const { subCategories } = await siteVocabularies()
  const entries: Array<[string, string]> = []
  for (const locale of localeCodes) {
    const wordGroups = await siteWordGroups(locale)
    for (const service of services) {
      const file = `${pathFor(locale, `/services/${service.slug}/`).replace(/^\//, '')}index.html`
      entries.push([
        file,
        listingIndexOnlyHtml(service, locale, wordGroups, localityKeys, subCategories),
      ])
    }
  }
  return new Response(JSON.stringify(Object.fromEntries(entries)), {
    headers: { 'content-type': 'application/json' },
  })
}
