/**
 * The site's words in one language, most used first: the search page fetches this only when a
 * search finds nothing, to put misspelt words right (components/search/searchWords).
 */
import type { LocaleCode } from '@local-offer/shared'
import type { APIRoute } from 'astro'

import { siteVocabulary } from '../../../components/search/searchWords'
import { siteWordGroups } from '../../../components/search/siteWordGroups'
import { localeStaticPaths } from '../../../lib/paths'
import { serviceEntries } from '../../../lib/siteContent'
import { siteVocabularies } from '../../../lib/siteVocabularies'

export const getStaticPaths = localeStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: LocaleCode }
  const services = (await serviceEntries()).map(({ data }) => data)
  const words = siteVocabulary(
    services,
    await siteWordGroups(locale),
    locale,
    (await siteVocabularies()).subCategories,
  )
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
