/** Reads the demo content from the running CMS's REST API, so tests pick real listings. */
import { cmsUrl } from './ports'

export interface CmsService {
  id: number | string
  slug: string
  name: Record<string, string | undefined>
  lastReviewed: string
  reviewStatus: 'current' | 'due-soon' | 'overdue' | 'withdrawn'
}

export async function publishedServices(): Promise<CmsService[]> {
  const response = await fetch(
    `${cmsUrl}/api/services?locale=all&depth=0&limit=500&where[_status][equals]=published`,
  )
  if (!response.ok) throw new Error(`CMS answered ${response.status}`)
  const body = (await response.json()) as { docs: CmsService[] }
  return body.docs
}

export async function publishedPageSlugs(): Promise<string[]> {
  const response = await fetch(
    `${cmsUrl}/api/pages?depth=0&limit=100&where[_status][equals]=published`,
  )
  const body = (await response.json()) as { docs: Array<{ slug: string }> }
  return body.docs.map((page) => page.slug)
}
