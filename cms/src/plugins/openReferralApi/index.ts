import type { CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'

import { openReferralApiEndpoints } from './endpoints'
import { STORED_SERVICE_DOCUMENTS, StoredServiceDocuments } from './storedDocuments/collection'

/** A deleted listing's stored Open Referral document goes with it. */
const deleteStoredDocument: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({
    collection: STORED_SERVICE_DOCUMENTS,
    where: { listingId: { equals: String(id) } },
    req,
  })
}

const withStoredDocumentCleanup = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'services'
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterDelete: [...(collection.hooks?.afterDelete ?? []), deleteStoredDocument],
        },
      }
    : collection

/**
 * The live Open Referral UK API (issue 13 item 2) at `/api/openreferral`: live listings,
 * organisations, service-at-locations and the Local Offer's vocabularies, filtered and paged by
 * the database and mapped by the same shared code as the site's static export. The services
 * list is served from stored documents while they are current (storedDocuments/).
 */
export function openReferralApiPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map(withStoredDocumentCleanup),
      StoredServiceDocuments,
    ],
    endpoints: [...(config.endpoints ?? []), ...openReferralApiEndpoints],
  })
}

export { OPEN_REFERRAL_API_PATH } from './endpoints'
