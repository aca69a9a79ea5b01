import { localisedPath } from '@local-offer/shared'
import type { Payload } from 'payload'

import type { Service } from '../payload-types'
import { adminUrlOfListing } from '../plugins/reviewReminders/adminUrl'

/** The public site's address, as createLocalOfferConfig stores it (config.custom.siteUrl). */
export function siteUrlOf(payload: Payload): string {
  const custom = payload.config.custom as { siteUrl?: unknown } | undefined
  return typeof custom?.siteUrl === 'string' ? custom.siteUrl.replace(/\/+$/, '') : ''
}

/** The two links every e-mail about a listing carries: its page on the site and in the admin. */
export function listingLinks(
  payload: Payload,
  listing: Pick<Service, 'id' | 'slug'>,
): { siteUrl: string | null; adminUrl: string } {
  const site = siteUrlOf(payload)
  return {
    siteUrl:
      site && listing.slug ? `${site}${localisedPath('en', `/services/${listing.slug}/`)}` : null,
    adminUrl: adminUrlOfListing(payload, listing.id),
  }
}
