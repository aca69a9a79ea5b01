import type { UIFieldServerProps } from 'payload'

import { formatInEngland } from '../../../format/formatInEngland'
import { heldBackOf } from '../heldBackRecord'
import { latestBuilds } from '../latestBuilds'
import { siteBuildStrings as s } from '../strings'

/**
 * In a listing's or page's edit view: when the last published build held this document back,
 * says so, why, and whether the site still shows the version published before. Shown to anyone
 * who can open the document (its provider too: they are the one who can fix it).
 */
export async function HeldBackField({ payload, id, collectionSlug }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const { lastPublished } = await latestBuilds(payload)
  const record = heldBackOf(lastPublished).find(
    (held) => held.collection === collectionSlug && held.id === String(id),
  )
  if (!record) return null
  const when = lastPublished?.finishedAt
    ? formatInEngland(lastPublished.finishedAt, 'd MMMM yyyy, HH:mm')
    : ''
  return (
    <div className="site-build-notice site-build-notice--failed" role="status">
      <h3>{s.heldBackTitle}</h3>
      <p>
        <strong>{s.heldBackThis(when)}</strong>
      </p>
      <p>
        {s.failedBecause} {record.reason}
      </p>
      <p>
        {record.keptPrevious ? s.heldBackKept : s.heldBackAbsent} {s.heldBackFix}
      </p>
    </div>
  )
}
