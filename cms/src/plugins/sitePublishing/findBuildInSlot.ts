import type { Payload, Where } from 'payload'

import type { SiteBuild } from '../../payload-types'
import type { QUEUED_SLOT, RUNNING_SLOT } from './buildStates'

/**
 * The build holding the waiting or the running slot (there is at most one of each), if it also
 * matches `also`.
 */
export async function findBuildInSlot(
  payload: Payload,
  slot: typeof QUEUED_SLOT | typeof RUNNING_SLOT,
  also?: Where,
): Promise<SiteBuild | undefined> {
  const inSlot: Where = { slot: { equals: slot } }
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: also ? { and: [inSlot, also] } : inSlot,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}
