import type { Endpoint, PayloadRequest } from 'payload'

import { requestSiteRebuild } from '../requestSiteRebuild'
import { siteBuildStrings as s } from '../strings'
import { actorLabelFor } from '../../../audit/recordAudit'
import { doNotCache } from '../../../endpoints/doNotCache'
import { requireStaff } from '../../../endpoints/requireUser'

/**
 * POST /api/site-builds/rebuild: an officer asks for the site to be rebuilt now (it starts as
 * soon as no other build is running). Staff only.
 */
export const rebuildSiteNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    doNotCache(req)
    const user = requireStaff(req, { notSignedIn: s.notSignedIn, notStaff: s.notStaff })
    const build = await requestSiteRebuild(req.payload, {
      reason: s.requestedBy(actorLabelFor(user)),
      immediate: true,
    })
    return Response.json({ message: s.rebuildQueued, doc: build }, { status: 202 })
  },
}
