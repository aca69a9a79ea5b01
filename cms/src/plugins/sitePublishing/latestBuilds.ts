import type { Payload } from 'payload'

import type { SiteBuild } from '../../payload-types'
import { failuresSoFar, retriesStoppedAfter } from './retryFailedBuild'
import type { RetriesStopped } from './strings'

export interface LatestBuilds {
  /** The newest finished build (published or failed). */
  lastFinished?: SiteBuild
  /** The newest build that published. */
  lastPublished?: SiteBuild
  waiting?: SiteBuild
  running?: SiteBuild
  /** Whether the CMS has stopped retrying: the last build failed, its retries ran out (or there are none), none waits. */
  retriesStopped?: RetriesStopped
}

const newest = async (
  payload: Payload,
  where: Parameters<Payload['find']>[0]['where'],
  sort = '-finishedAt',
) =>
  (
    await payload.find({
      collection: 'site-builds',
      where,
      sort,
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/** What officers need to know about the public site's builds, for the dashboard notice. */
export async function latestBuilds(payload: Payload): Promise<LatestBuilds> {
  const [lastFinished, lastPublished, waiting, running] = await Promise.all([
    newest(payload, { status: { in: ['succeeded', 'failed'] } }),
    newest(payload, { status: { equals: 'succeeded' } }),
    newest(payload, { status: { equals: 'queued' } }, '-requestedAt'),
    newest(payload, { status: { equals: 'running' } }, '-startedAt'),
  ])
  if (lastFinished?.status !== 'failed' || waiting || running)
    return { lastFinished, lastPublished, waiting, running }
  const { retryMinutes, inARow } = await failuresSoFar(payload)
  return {
    lastFinished,
    lastPublished,
    retriesStopped:
      inARow > retryMinutes.length ? retriesStoppedAfter(retryMinutes, inARow) : undefined,
  }
}
