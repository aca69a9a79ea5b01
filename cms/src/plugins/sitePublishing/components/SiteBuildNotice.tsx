import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { heldBackOf } from '../heldBackRecord'
import { latestBuilds } from '../latestBuilds'
import { siteBuildStrings as s } from '../strings'
import { HeldBackList } from './HeldBackList'
import { RebuildSiteButton } from './RebuildSiteButton'
import { formatInEngland } from '../../../format/formatInEngland'

const when = (iso?: string | null) => (iso ? formatInEngland(iso, 'd MMMM yyyy, HH:mm') : '')

/**
 * On the dashboard and above the moderation queue, for LA staff: whether the public site is up
 * to date. A failed last build is shown first, with when, why, a link to its record and the
 * rebuild button; the words say what happened (an icon or colour is never the only signal).
 */
export async function SiteBuildNotice({
  payload,
  user,
  onlyIfFailed = false,
}: Pick<ServerProps, 'payload' | 'user'> & { onlyIfFailed?: boolean }) {
  if (!userIsStaff(user as User | undefined)) return null
  const { lastFinished, lastPublished, waiting, running, retriesStopped } =
    await latestBuilds(payload)
  const admin = payload.config.routes.admin
  const failed = lastFinished?.status === 'failed' ? lastFinished : undefined
  // After a failure, the build waiting to start is its next try, whatever asked for it.
  const nextTry = failed && !running ? waiting : undefined
  const heldBack = heldBackOf(lastPublished)
  if (onlyIfFailed && !failed) return null
  return (
    <section
      className={`site-build-notice${failed ? ' site-build-notice--failed' : ''}`}
      aria-labelledby="site-build-notice-title"
    >
      <h2 id="site-build-notice-title">{s.noticeTitle}</h2>
      {failed && (
        <>
          <p>
            <strong>{s.lastFailed(when(failed.finishedAt))}</strong>
          </p>
          <p>
            {s.failedBecause} {failed.failureReason ?? s.unknownFailure}
          </p>
          {nextTry && <p>{s.retryWaiting(when(nextTry.startAfter))}</p>}
          {retriesStopped && <p>{s.retriesStopped(retriesStopped)}</p>}
          <p>
            <a href={`${admin}/collections/site-builds/${failed.id}`}>{s.openBuild}</a>
          </p>
        </>
      )}
      <p>
        {lastPublished
          ? s.lastPublished(when(lastPublished.finishedAt), lastPublished.pages)
          : s.neverPublished}
      </p>
      {heldBack.length > 0 && (
        <>
          <h3>{s.heldBackTitle}</h3>
          <p>{s.heldBackIntro(heldBack.length)}</p>
          <HeldBackList records={heldBack} admin={admin} />
        </>
      )}
      {running && <p>{s.running(when(running.startedAt))}</p>}
      {waiting && !nextTry && <p>{s.waiting(when(waiting.startAfter))}</p>}
      <div className="site-build-notice__actions">
        <RebuildSiteButton />
        <a href={`${admin}/collections/site-builds`}>{s.allBuilds}</a>
      </div>
    </section>
  )
}
