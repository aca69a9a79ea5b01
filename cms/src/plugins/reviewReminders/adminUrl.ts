import type { CollectionSlug, Payload } from 'payload'

import type { Service } from '../../payload-types'

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000'

/** The CMS's public address, as links in e-mails use it. */
export function cmsBaseUrl(payload: Payload): string {
  return (payload.config.serverURL || DEFAULT_PUBLIC_URL).replace(/\/+$/, '')
}

/**
 * The link to a document's edit view in the admin, for e-mails. Ids are numbers on the SQL stores
 * and strings on MongoDB; the address is the same text.
 */
export function adminUrlOf(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
): string {
  return `${cmsBaseUrl(payload)}${payload.config.routes.admin}/collections/${collection}/${id}`
}

/** The link to a listing's edit view in the admin, for e-mails. */
export function adminUrlOfListing(payload: Payload, id: Service['id']): string {
  return adminUrlOf(payload, 'services', id)
}
