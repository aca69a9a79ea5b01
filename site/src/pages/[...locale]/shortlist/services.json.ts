/** The shortlist page's data, one file per language: see components/shortlist/shortlistEntries. */
import type { LocaleCode } from '@local-offer/shared'
import type { APIRoute } from 'astro'

import { shortlistFile } from '../../../components/shortlist/shortlistEntries'
import { useTranslations } from '../../../i18n'
import { localeStaticPaths } from '../../../lib/paths'
import { serviceEntries } from '../../../lib/siteContent'

export const getStaticPaths = localeStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: LocaleCode }
  const services = (await serviceEntries()).map(({ data }) => data)
  return new Response(JSON.stringify(shortlistFile(services, locale, useTranslations(locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
