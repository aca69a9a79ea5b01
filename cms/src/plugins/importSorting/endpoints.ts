import type { Endpoint, PayloadRequest } from 'payload'

import { doNotCache } from '../../endpoints/doNotCache'
import { jsonBody } from '../../endpoints/requestInput'
import { requireStaff } from '../../endpoints/requireUser'
import { withCouncilVocabularies } from '../../collections/vocabularies/vocabularyContext'
import { classifyHeldRecord, dismissHeldRecord } from './sortHeldRecord'
import { importSortingStrings as s } from './strings'

const staffOnly = (req: PayloadRequest) =>
  requireStaff(req, { notSignedIn: s.notSignedIn, notStaff: s.notStaff })

const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/**
 * Staff only, under /api/import-sorting (docs/open-referral.md, "Needs sorting"):
 * POST /:id/classify { category, subCategories?, areasOfNeed?, accessRoutes?, cost?,
 *                      organisationType? }  makes the held record a draft listing
 *                                                         submitted to the moderation queue
 * POST /:id/dismiss  { reason }                           closes it without a listing
 */
export const importSortingEndpoints: Endpoint[] = [
  {
    path: '/:id/classify',
    method: 'post',
    handler: async (req) => {
      doNotCache(req)
      const user = staffOnly(req)
      const body = await jsonBody(req)
      const { listing } = await withCouncilVocabularies(req.payload, () =>
        classifyHeldRecord(req.payload, user, idOf(req), body),
      )
      return Response.json({ message: s.listed(listing.name ?? ''), listing: listing.id })
    },
  },
  {
    path: '/:id/dismiss',
    method: 'post',
    handler: async (req) => {
      doNotCache(req)
      const user = staffOnly(req)
      const body = await jsonBody(req)
      await dismissHeldRecord(req.payload, user, idOf(req), body.reason)
      return Response.json({ message: s.dismissed })
    },
  },
]
