import type { Endpoint, PayloadRequest } from 'payload'

import { userIsStaff } from '../access/userRoles'
import type { User } from '../payload-types'
import { requestSiteRebuild } from '../sitePublishing/requestSiteRebuild'
import { siteBuildStrings as s } from '../sitePublishing/strings'

const answer = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/site-builds/rebuild: an officer asks for the site to be rebuilt now (it starts as
 * soon as no other build is running). Staff only.
 */
export const rebuildSiteNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return answer({ errors: [{ message: s.notSignedIn }] }, 401)
    const user = req.user as unknown as User
    if (!userIsStaff(user)) return answer({ errors: [{ message: s.notStaff }] }, 403)
    const build = await requestSiteRebuild(req.payload, {
      reason: s.requestedBy(user.name ? `${user.name} (${user.email})` : user.email),
      immediate: true,
    })
    return answer({ message: s.rebuildQueued, doc: build }, 202)
  },
}
