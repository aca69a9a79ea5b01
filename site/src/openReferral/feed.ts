/**
 * The Open Referral UK feed the site publishes under /openreferral/: the shared mapping
 * (shared/src/openReferral) applied to the site's published listings.
 */
import {
  buildOpenReferralFeed as buildFeed,
  toOpenReferralService as toService,
  type FeedVocabularies,
  type LocalityName,
  type OpenReferralFeed,
  type OpenReferralService,
} from '@local-offer/shared/openReferral'

import type { SiteLocality, SiteService } from '../lib/model'
import type { SiteVocabularies } from '../lib/model'
import { toFeedListing } from './feedListing'

/** The localities as the feed names them: key and English name. */
export const feedLocalities = (localities: readonly SiteLocality[]): LocalityName[] =>
  localities.map((locality) => ({ key: locality.key, name: locality.name.en }))

/** The council's own vocabularies as the feed is given them. */
export const feedVocabularies = (
  localities: readonly SiteLocality[],
  vocabularies: SiteVocabularies,
): FeedVocabularies => ({ ...vocabularies, localities: feedLocalities(localities) })

export function toOpenReferralService(
  service: SiteService,
  localities: readonly SiteLocality[],
  vocabularies: SiteVocabularies,
): OpenReferralService {
  return toService(toFeedListing(service), feedVocabularies(localities, vocabularies))
}

/** The feed of the given published listings. */
export function buildOpenReferralFeed(
  listings: readonly SiteService[],
  localities: readonly SiteLocality[],
  vocabularies: SiteVocabularies,
): OpenReferralFeed {
  return buildFeed(listings.map(toFeedListing), feedVocabularies(localities, vocabularies))
}
