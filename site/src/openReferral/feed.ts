/**
 * The Open Referral UK feed the site publishes under /openreferral/: the shared mapping
 * (shared/src/openReferral) applied to the site's published listings.
 */
import {
  buildOpenReferralFeed as buildFeed,
  toOpenReferralService as toService,
  type LocalityName,
  type OpenReferralFeed,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'

import type { SiteLocality, SiteService } from '../lib/model'
import { toFeedListing } from './feedListing'

/** The localities as the feed names them: key and English name. */
export const feedLocalities = (localities: readonly SiteLocality[]): LocalityName[] =>
  localities.map((locality) => ({ key: locality.key, name: locality.name.en }))

export function toOpenReferralService(
  service: SiteService,
  localities: readonly SiteLocality[],
): OpenReferralService {
  return toService(toFeedListing(service), feedLocalities(localities))
}

/** The feed of the given published listings. */
export function buildOpenReferralFeed(
  listings: readonly SiteService[],
  localities: readonly SiteLocality[],
): OpenReferralFeed {
  return buildFeed(listings.map(toFeedListing), feedLocalities(localities))
}
