import { missingCouncilSettings } from '@local-offer/shared'
import type { Payload } from 'payload'

import { COUNCIL_SETTINGS_SLUG } from '../../globals/CouncilSettings'
import { areasAreSetUp } from './areasAreSetUp'
import type { SetupFacts } from './checklist'

/**
 * Reads what the setup checklist needs: the council settings in English (the site's rule for
 * "complete", from shared) and four counts. Staff see the result; it reads with overrideAccess.
 */
export async function setupFacts(payload: Payload): Promise<SetupFacts> {
  const [settings, areasSetUp, organisations, providers, publishedListings] = await Promise.all([
    payload.findGlobal({
      slug: COUNCIL_SETTINGS_SLUG,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    }),
    areasAreSetUp(payload),
    payload.count({ collection: 'organisations', overrideAccess: true }),
    // Provider accounts: an invitation makes one (providerInvitations), so invited counts.
    payload.count({
      collection: 'users',
      where: { role: { equals: 'provider' } },
      overrideAccess: true,
    }),
    payload.count({
      collection: 'services',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    }),
  ])
  return {
    missingCouncilSettings: missingCouncilSettings(settings),
    areasSetUp,
    organisations: organisations.totalDocs,
    providers: providers.totalDocs,
    publishedListings: publishedListings.totalDocs,
    accessibilityReviewed: Boolean(settings.accessibility?.lastReviewed),
  }
}
