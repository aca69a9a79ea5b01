import type { CollectionConfig } from 'payload'

import { nobody } from '../../../access/nobody'

export const STORED_SERVICE_DOCUMENTS = 'open-referral-documents' as const

/**
 * The live API's read model (docs/open-referral.md, "Stored documents"): each live listing's Open
 * Referral service, as the shared mapping made it and `/services` lists it, with the key of what
 * it was made from. The API serves a stored document only while its key still matches the listing, its
 * organisation, the vocabularies, the day's closure and the mapping; otherwise it makes the
 * document again and stores it. Nobody reads or writes it through the API or the admin: the
 * server writes it through the database adapter.
 */
export const StoredServiceDocuments: CollectionConfig = {
  slug: STORED_SERVICE_DOCUMENTS,
  labels: { singular: 'Stored Open Referral document', plural: 'Stored Open Referral documents' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // The listing's id as text (a number on SQL stores, an ObjectId on MongoDB). Not a
    // relationship: a deleted listing's document is deleted by the plugin's hook.
    { name: 'listingId', type: 'text', required: true, unique: true, index: true },
    { name: 'sourceKey', type: 'text', required: true },
    // The service as `/services` lists it (`toServiceListItem`: a fifth of the whole document).
    { name: 'listItem', type: 'json', required: true },
  ],
}
