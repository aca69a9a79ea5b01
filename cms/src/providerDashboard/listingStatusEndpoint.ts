import type { Endpoint } from 'payload'

import { listingIdFrom } from '../endpoints/requestInput'
import { notFound } from '../endpoints/httpErrors'
import { requireSignedIn } from '../endpoints/requireUser'
import { listingRows } from './providerListings'

/**
 * GET /api/services/:id/status  provider (own organisation) or staff: the listing's one status
 * and next action, as the provider's dashboard words it. The edit view shows it in place of
 * Payload's own Published / Changed / Draft, so a listing never shows two contradicting states.
 */
export const listingStatusEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'get',
  handler: async (req) => {
    const user = requireSignedIn(req)
    const id = listingIdFrom(req)
    const [row] = await listingRows(req.payload, user, { id: { equals: id } })
    if (!row) throw notFound('There is no listing with this id that you can see.')
    return Response.json(
      { id: row.id, status: row.status, moderationComment: row.moderationComment },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
