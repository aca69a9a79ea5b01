/** The long filter groups' options in one language: see components/search/longFilterOptions. */
import type { LocaleCode } from '@local-offer/shared'
import type { APIRoute } from 'astro'

import { longFilterOptions } from '../../../components/search/longFilterOptions'
import { localeStaticPaths } from '../../../lib/paths'
import { serviceEntries } from '../../../lib/siteContent'
import { siteVocabularies } from '../../../lib/siteVocabularies'

export const getStaticPaths = localeStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: LocaleCode }
  const services = (await serviceEntries()).map(({ data }) => data)
  return new Response(
    JSON.stringify(longFilterOptions(services, locale, await siteVocabularies())),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  )
}
