import type { Config, Plugin } from 'payload'

import { openReferralApiEndpoints } from './endpoints'

/**
 * The live Open Referral UK API (issue 13 item 2) at `/api/openreferral`: live listings,
 * organisations, service-at-locations and the Local Offer's vocabularies, filtered and paged by
 * the database and mapped by the same shared code as the site's static export.
 */
export function openReferralApiPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), ...openReferralApiEndpoints],
  })
}

export { OPEN_REFERRAL_API_PATH } from './endpoints'
