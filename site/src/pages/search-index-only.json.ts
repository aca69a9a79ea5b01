/**
 * For the search index only (src/searchIndex/indexOnly.ts): each listing page's filters, places
 * and extra words, by the built file they belong to. indexSite.mjs reads it, gives Pagefind each
 * page with its part added, and deletes it: it is never published.
 */
import { localeCodes } from '@local-offer/shared'
import type { APIRoute } from 'astro'
import { getCollection } from 'astro:content'

import { siteWordGroups } from '../components/search/siteWordGroups'
import { pathFor } from '../lib/paths'
import { listingIndexOnlyHtml } from '../searchIndex/indexOnly'
import { serviceEntries } from '../lib/siteContent'

export const GET: APIRoute = async () => {
  const services = (await serviceEntries()).map(({ data }) => data)
  const localityKeys = (await getCollection('localities')).map(({ data }) => data.key)
  const entries: Array<[string, string]> = []
  for (const locale of localeCodes) {
    const wordGroups = await siteWordGroups(locale)
    for (const service of services) {
      const file = `${pathFor(locale, `/services/${service.slug}/`).replace(/^\//, '')}index.html`
      entries.push([file, listingIndexOnlyHtml(service, locale, wordGroups, localityKeys)])
    }
  }
  return new Response(JSON.stringify(Object.fromEntries(entries)), {
    headers: { 'content-type': 'application/json' },
  })
}
