import {
  feedbackTopics,
  isReportingYear,
  labelFor,
  locales,
  respondentTypes,
  themeStatuses,
  type VocabularyItem,
} from '@local-offer/shared'
import { showInvisibleFormatting } from '@local-offer/shared/invisibleFormatting'
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { readKeepingLanguage } from '../db/readKeepingLanguage'
import { relationId } from '../relationships/relationshipIds'
import { commentStrings, exportStrings as strings } from '../feedback/strings'
import type { Comment, FeedbackReport } from '../payload-types'
import { doNotCache } from './doNotCache'
import { badRequest } from './httpErrors'
import { requireStaff } from './requireUser'

type Theme = NonNullable<FeedbackReport['themes']>[number]

const labelOf = (list: readonly VocabularyItem[], value?: string | null) =>
  labelFor(list, value) ?? value ?? ''

/** One row per comment and theme it is in (one row with empty theme columns if it is in none). */
export function exportRows(comments: readonly Comment[], themes: readonly Theme[]): string[][] {
  const c = strings.columns
  const header: string[] = [
    c.id,
    c.submitted,
    c.year,
    c.respondent,
    c.topic,
    c.language,
    c.status,
    c.text,
    c.theme,
    c.whatPeopleSaid,
    c.response,
    c.action,
    c.progress,
  ]
  const rows: string[][] = [header]
  // Comments are stored without invisible formatting; any left from before that (or typed into a
  // report's theme) is shown as "[U+202E]" so a spreadsheet cannot reorder what an officer reads.
  const visible = (cells: string[]) => cells.map(showInvisibleFormatting)
  for (const comment of comments) {
    const base = [
      String(comment.id),
      comment.createdAt.slice(0, 10),
      comment.reportingYear ?? '',
      labelOf(respondentTypes, comment.respondent),
      labelOf(feedbackTopics, comment.topic),
      locales.find((l) => l.code === comment.locale)?.englishName ?? '',
      labelOf(commentStrings.status.options, comment.status),
      comment.anonymisedText ?? '',
    ]
    const inThemes = themes.filter((theme) =>
      (theme.comments ?? []).some((value) => String(relationId(value)) === String(comment.id)),
    )
    if (inThemes.length === 0) rows.push(visible([...base, '', '', '', '', '']))
    for (const theme of inThemes) {
      rows.push(
        visible([
          ...base,
          theme.title ?? '',
          theme.whatPeopleSaid ?? '',
          theme.response ?? '',
          theme.action ?? '',
          labelOf(themeStatuses, theme.status),
        ]),
      )
    }
  }
  return rows
}

/**
 * GET /api/comments/export?year=2025-26: a CSV of the year's comments, anonymised text only,
 * with the themes, responses and actions of that year's report (its latest draft). For LA staff.
 * Cells that a spreadsheet would run as a formula (starting = + - @, tab or return) are prefixed
 * with an apostrophe by csv-stringify, and the file starts with a byte-order mark so Excel reads
 * Polish and Arabic correctly.
 */
export const exportCommentsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    doNotCache(req)
    const user = requireStaff(req, { notSignedIn: strings.notSignedIn, notStaff: strings.notStaff })
    const year = req.searchParams.get('year') ?? ''
    if (!isReportingYear(year)) throw badRequest(strings.badYear)

    const comments = await readKeepingLanguage(req, (within) =>
      req.payload.find({
        collection: 'comments',
        where: { reportingYear: { equals: year } },
        sort: 'createdAt',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
        req: within,
      }),
    )
    // The report's themes in English, without making the request English.
    const reports = await readKeepingLanguage(req, (within) =>
      req.payload.find({
        collection: 'feedback-reports',
        where: { year: { equals: year } },
        draft: true,
        locale: 'en',
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
        req: within,
      }),
    )
    const csv = stringify(exportRows(comments.docs, reports.docs[0]?.themes ?? []), {
      bom: true,
      escape_formulas: true,
    })
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="comments-${year}.csv"`,
      },
    })
  },
}
