import { addSeconds } from 'date-fns/addSeconds'
import { min } from 'date-fns/min'
import type { Payload } from 'payload'

import { sitePublishingSettingsOf } from './settings'
import { compareAndSet } from '../../db/compareAndSet'
import { isUniqueViolation } from '../../db/isUniqueViolation'
import type { SiteBuild } from '../../payload-types'
import { QUEUED_SLOT } from './buildStates'
import { findBuildInSlot } from './findBuildInSlot'

export interface RebuildRequest {
  /** What changed, in words: "Listing ‘Speech drop-in’ published". */
  reason: string
  /** How many changes the request stands for: a bulk write's, asked for once (default 1). */
  changes?: number
  /** With several changes, the last of them (`reason` is the first). */
  lastChange?: string
  /** Start as soon as the runner is free (an officer pressed "Rebuild the site now"). */
  immediate?: boolean
  /** Start this long after `now` rather than after the debounce (an automatic retry's wait). */
  delaySeconds?: number
  now?: Date
}

/**
 * Asks for the public site to be rebuilt. A build already waiting absorbs the request: its start
 * moves back to `debounce` seconds from now, but never later than `maxWait` after its first
 * request, so a burst of publishes makes one build and a steady stream cannot hold it off.
 * If none is waiting (none yet, or the last one has started), a new one is queued, so a change
 * made while a build runs is published by the next build.
 *
 * Race-safe on every database: the waiting build is the one document whose unique `slot` is
 * "queued", so two requests cannot both create one (the loser updates the winner's), and the
 * update only applies while it is still waiting (compare-and-set), never to one that has started.
 *
 * Each write commits on its own, outside the caller's transaction, so a clash between two
 * publishers can never fail a publish. The debounce gives the publishing save time to commit
 * before the build reads the CMS.
 */
export async function requestSiteRebuild(
  payload: Payload,
  request: RebuildRequest,
): Promise<SiteBuild> {
  const settings = sitePublishingSettingsOf(payload)
  const now = request.now ?? new Date()
  const soon = request.immediate
    ? now
    : addSeconds(now, request.delaySeconds ?? settings.debounceSeconds)
  for (let attempt = 0; attempt < 20; attempt++) {
    const queued = await findBuildInSlot(payload, QUEUED_SLOT)
    if (!queued) {
      try {
        return await payload.create({
          collection: 'site-builds',
          overrideAccess: true,
          depth: 0,
          data: {
            status: 'queued',
            slot: QUEUED_SLOT,
            trigger: request.reason,
            lastChange: request.lastChange ?? request.reason,
            changes: request.changes ?? 1,
            requestedAt: now.toISOString(),
            startAfter: soon.toISOString(),
          },
        })
      } catch (error) {
        if (!isUniqueViolation(error, 'slot')) throw error
        continue // another request queued one first: join it
      }
    }
    const latest = min([soon, addSeconds(new Date(queued.requestedAt), settings.maxWaitSeconds)])
    const joined = await compareAndSet<SiteBuild>(
      payload,
      'site-builds',
      { and: [{ id: { equals: queued.id } }, { slot: { equals: QUEUED_SLOT } }] },
      {
        startAfter: latest.toISOString(),
        lastChange: request.lastChange ?? request.reason,
        changes: { $inc: request.changes ?? 1 },
      },
    )
    if (joined) return joined
    // It started in the meantime: queue the next one.
  }
  throw new Error(
    'Could not record that the public site needs rebuilding: the build queue kept changing. Use "Rebuild the site now" in Site builds.',
  )
}
