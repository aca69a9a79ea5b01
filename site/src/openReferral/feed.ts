/**
 * The whole Open Referral UK feed the site publishes under /openreferral/, as documents by path.
 * A static host cannot answer query strings, so the API's addresses map to files:
 *
 *   GET /                     -> /openreferral/index.json
 *   GET /services?page=n      -> /openreferral/services/page/n.json   (PAGE_SIZE per page)
 *   GET /services/{id}        -> /openreferral/services/{id}.json
 */
import {
  OPEN_REFERRAL_VERSION,
  type OpenReferralPage,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'

import type { SiteService } from '../lib/model'
import { toOpenReferralService } from './toOpenReferral'

export const PAGE_SIZE = 50

export const OPEN_REFERRAL_ROOT = {
  version: OPEN_REFERRAL_VERSION,
  profile: 'https://openreferraluk.org/developers/specifications/3.0',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
} as const

export interface OpenReferralFeed {
  root: typeof OPEN_REFERRAL_ROOT
  pages: OpenReferralPage[]
  services: OpenReferralService[]
}

/** The one-to-one fields of a service and its organisation: a `/services` list entry. */
export function toServiceListItem(service: OpenReferralService) {
  const oneToOne = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => !Array.isArray(value)))
  return { ...oneToOne(service), organization: oneToOne(service.organization) }
}

/** Pages of the list, as the API spec's Page envelope; an empty feed still has page 1. */
export function paginate(services: OpenReferralService[], size = PAGE_SIZE): OpenReferralPage[] {
  const totalPages = Math.max(1, Math.ceil(services.length / size))
  return Array.from({ length: totalPages }, (_, index) => {
    const contents = services.slice(index * size, (index + 1) * size).map(toServiceListItem)
    return {
      total_items: services.length,
      total_pages: totalPages,
      page_number: index + 1,
      size: contents.length,
      first_page: index === 0,
      last_page: index === totalPages - 1,
      empty: services.length === 0,
      contents,
    }
  })
}

/** The feed of the given published listings, in name order (then id, for equal names). */
export function buildOpenReferralFeed(
  listings: readonly SiteService[],
  pageSize = PAGE_SIZE,
): OpenReferralFeed {
  const services = listings
    .map(toOpenReferralService)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
  return { root: OPEN_REFERRAL_ROOT, pages: paginate(services, pageSize), services }
}

/** Every file of the feed, by its path under the site (e.g. `openreferral/services/page/1.json`). */
export function feedFiles(feed: OpenReferralFeed): Map<string, unknown> {
  const files = new Map<string, unknown>([['openreferral/index.json', feed.root]])
  for (const page of feed.pages) {
    files.set(`openreferral/services/page/${page.page_number}.json`, page)
  }
  for (const service of feed.services) {
    files.set(`openreferral/services/${service.id}.json`, service)
  }
  return files
}
