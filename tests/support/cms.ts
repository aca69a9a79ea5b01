/**
 * The running CMS's REST API for the tests, through the shared client the site's loader and the
 * publish command use, so the tests ask the CMS the way the product does.
 */
import type { StoredReviewStatus } from '@local-offer/shared'
import { createCmsRestClient } from '@local-offer/shared/cmsRest'

import { cmsUrl } from './ports'

export interface CmsService {
  id: number | string
  slug: string
  name: Record<string, string | undefined>
  lastReviewed: string
  reviewStatus: StoredReviewStatus
}

export interface CmsPage {
  id: number
  slug: string
}

/**
 * The fields of each collection the tests read (the tests package does not depend on the CMS
 * package, so these are narrow views of its documents rather than its generated types).
 */
export interface CmsCollections extends Record<string, unknown> {
  services: CmsService
  pages: CmsPage
  comments: Record<string, unknown>
  'problem-reports': Record<string, unknown>
}

/** Anonymous, as a visitor or the site build; `cms.withToken(token)` acts as a signed-in user. */
export const cms = createCmsRestClient<CmsCollections>({ baseUrl: cmsUrl })

const published = { _status: { equals: 'published' } }

/** Reads the demo content from the running CMS's REST API, so tests pick real listings. */
export async function publishedServices(): Promise<CmsService[]> {
  const { docs } = await cms.find('services', {
    locale: 'all',
    depth: 0,
    limit: 500,
    where: published,
  })
  return docs
}

export async function publishedPageSlugs(): Promise<string[]> {
  const { docs } = await cms.find('pages', { depth: 0, limit: 100, where: published })
  return docs.map((page) => page.slug)
}

/** The first published information page. */
export async function firstPublishedPage(): Promise<CmsPage | undefined> {
  const { docs } = await cms.find('pages', { depth: 0, limit: 1, where: published })
  return docs[0]
}
