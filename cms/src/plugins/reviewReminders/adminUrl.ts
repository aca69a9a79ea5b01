import type { Payload } from 'payload'

import type { Service } from '../../payload-types'

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000'

/** The link to a listing's edit view in the admin, for emails. */
export function adminUrlOfListing(payload: Payload, id: Service['id']): string {
  const base = (payload.config.serverURL || DEFAULT_PUBLIC_URL).replace(/\/$/, '')
  return `${base}${payload.config.routes.admin}/collections/services/${id}`
}
