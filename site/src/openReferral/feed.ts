/**
 * The Open Referral UK feed the site publishes under /openreferral/: the shared mapping
 * (shared/src/openReferral) applied to the site's published listings.
 */
import {
  buildOpenReferralFeed as buildFeed,
  toOpenReferralService as toService,
  type OpenReferralFeed,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'

import type { SiteService } from '../lib/model'
import { toFeedListing } from './feedListing'

export function toOpenReferralService(service: SiteService): OpenReferralService {
  return toService(toFeedListing(service))
}

/** The feed of the given published listings. */
export function buildOpenReferralFeed(listings: readonly SiteService[]): OpenReferralFeed {
  return buildFeed(listings.map(toFeedListing))
}
