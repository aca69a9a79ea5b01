import { createLocalReq, type Payload } from 'payload'

import { RETENTION_JOB_ACTOR, recordCommentAudit } from '../../audit/recordAudit'
import { inTransaction } from '../../db/inTransaction'
import type { Comment } from '../../payload-types'
import { DEFAULT_RETENTION, originalTextDeleteDue, type RetentionSettings } from './retentionRule'

export interface RetentionRunReport {
  now: string
  checked: number
  deleted: number
  deletedIds: Array<Comment['id']>
}

export async function loadRetentionSettings(payload: Payload): Promise<RetentionSettings> {
  const stored = await payload.findGlobal({ slug: 'comment-retention', depth: 0 })
  return {
    monthsAfterReport: stored.monthsAfterReport ?? DEFAULT_RETENTION.monthsAfterReport,
    monthsWithoutReport: stored.monthsWithoutReport ?? DEFAULT_RETENTION.monthsWithoutReport,
  }
}

/** When each reporting year's report was first published (null: never). */
async function firstPublished(
  payload: Payload,
  years: string[],
): Promise<Map<string, Date | null>> {
  const result = new Map<string, Date | null>(years.map((year) => [year, null]))
  if (years.length === 0) return result
  const { docs } = await payload.find({
    collection: 'feedback-reports',
    where: { year: { in: years } },
    select: { year: true, firstPublishedAt: true, _status: true, updatedAt: true },
    draft: false,
    limit: 0,
    pagination: false,
    depth: 0,
  })
  for (const report of docs) {
    if (report.firstPublishedAt) {
      result.set(report.year, new Date(report.firstPublishedAt))
    } else if (report._status === 'published') {
      // Published before the date was recorded: the oldest published version kept.
      const versions = await payload.findVersions({
        collection: 'feedback-reports',
        where: { parent: { equals: report.id }, 'version._status': { equals: 'published' } },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
      })
      const first = versions.docs[0]?.createdAt
      result.set(report.year, first ? new Date(first) : new Date(report.updatedAt))
    }
  }
  return result
}

/**
 * The daily comment retention run, as of `now` (default: the current time): deletes what was
 * written in every comment past its retention date, leaving the anonymised text, and records each
 * deletion in the audit log. Idempotent: a comment whose original is gone is never picked again,
 * and the deletion is a single conditional update, so two runs at once delete (and record) it once.
 */
export async function runCommentRetention(
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<RetentionRunReport> {
  const settings = await loadRetentionSettings(payload)
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ originalDeletedAt: { exists: false } }, { comment: { exists: true } }] },
    select: { reportingYear: true, createdAt: true },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const years = [...new Set(docs.map((c) => c.reportingYear).filter((y): y is string => !!y))]
  const published = await firstPublished(payload, years)
  const deletedIds: Array<Comment['id']> = []

  for (const comment of docs) {
    const year = comment.reportingYear
    if (!year) continue
    const publishedAt = published.get(year) ?? null
    const due = originalTextDeleteDue(year, publishedAt, settings)
    if (due > now) continue
    const req = await createLocalReq({}, payload)
    const deleted = await inTransaction(req, async () => {
      const updated = await payload.db.updateOne({
        collection: 'comments',
        where: {
          and: [{ id: { equals: comment.id } }, { originalDeletedAt: { exists: false } }],
        },
        data: { comment: null, originalDeletedAt: now.toISOString() },
        options: { atomic: true },
        req,
      })
      if (!updated) return false
      await recordCommentAudit(
        payload,
        {
          action: 'original-deleted',
          what: `Comment ${comment.id}`,
          actorLabel: RETENTION_JOB_ACTOR,
          comment: publishedAt
            ? `What was written was deleted ${settings.monthsAfterReport} months after the ${year} report was first published (${publishedAt.toISOString().slice(0, 10)}); the anonymised text is kept.`
            : `What was written was deleted ${settings.monthsWithoutReport} months after the ${year} reporting year ended, with no report published; the anonymised text is kept.`,
        },
        req,
      )
      return true
    })
    if (deleted) deletedIds.push(comment.id)
  }
  return { now: now.toISOString(), checked: docs.length, deleted: deletedIds.length, deletedIds }
}
