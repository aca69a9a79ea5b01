import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'

import { recordCommentAudit } from '../../audit/recordAudit'
import { inTransaction } from '../../db/inTransaction'
import { readKeepingLanguage } from '../../db/readKeepingLanguage'
import { badRequest, conflict } from '../../endpoints/httpErrors'
import { doNotCache } from '../../endpoints/doNotCache'
import { jsonBody, optionalText } from '../../endpoints/requestInput'
import { requireStaff } from '../../endpoints/requireUser'
import { personalDataStrings as strings } from '../../feedback/strings'
import { relationId } from '../../relationships/relationshipIds'
import type { Comment, FeedbackReport, User } from '../../payload-types'
import {
  matchSubject,
  parseSubjectQuery,
  SubjectQueryError,
  type MatchedBy,
  type SubjectQuery,
} from './subjectMatching'

export interface SubjectComment {
  id: Comment['id']
  sentOn: string
  reportingYear: string | null
  language: string | null
  respondent: string
  topic: string
  status: string
  whatTheyWrote: string | null
  originalDeletedOn: string | null
  anonymisedText: string | null
  matchedBy: MatchedBy[]
  /** Reporting years of the reports that quote it or count it in a theme. */
  inReports: string[]
}

const staffOnlyMessages = { notSignedIn: strings.notSignedIn, notStaff: strings.notStaff }

function queryFrom(input: Record<string, unknown>): SubjectQuery {
  try {
    return parseSubjectQuery(input, strings)
  } catch (error) {
    if (error instanceof SubjectQueryError) throw badRequest(error.message)
    throw error
  }
}

const paramsOf = (req: PayloadRequest): Record<string, unknown> =>
  Object.fromEntries(req.searchParams?.entries() ?? [])

/** The reports (latest drafts and published) that link to any of `ids`, read in English. */
async function reportsLinking(payload: Payload, ids: Array<Comment['id']>, req: PayloadRequest) {
  if (ids.length === 0) return []
  const where: Where = {
    or: [{ 'themes.comments': { in: ids } }, { 'themes.quotedComments': { in: ids } }],
  }
  const found = new Map<string, FeedbackReport>()
  for (const draft of [false, true]) {
    const { docs } = await readKeepingLanguage(req, (within) =>
      payload.find({
        collection: 'feedback-reports',
        where,
        draft,
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'en',
        overrideAccess: true,
        req: within,
      }),
    )
    for (const doc of docs) found.set(`${doc.id}:${draft}`, doc)
  }
  return [...found.entries()].map(([key, doc]) => ({ doc, draft: key.endsWith(':true') }))
}

/** Every comment that holds one of the person's details, oldest first. */
export async function findSubjectComments(
  payload: Payload,
  query: SubjectQuery,
  req: PayloadRequest,
): Promise<SubjectComment[]> {
  // Comments number in the hundreds a year; matching in memory keeps it to one rule for both
  // SQL stores (names with Polish endings and spaced phone numbers are not SQL LIKE patterns).
  const { docs } = await readKeepingLanguage(req, (within) =>
    payload.find({
      collection: 'comments',
      // Oldest first; the id breaks ties so every store lists them in the same order.
      sort: ['createdAt', 'id'],
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req: within,
    }),
  )
  const matched = docs.flatMap((comment) => {
    const by = new Set([
      ...matchSubject(comment.comment ?? '', query),
      ...matchSubject(comment.anonymisedText ?? '', query),
    ])
    return by.size ? [{ comment, matchedBy: [...by] }] : []
  })
  const reports = await reportsLinking(
    payload,
    matched.map((m) => m.comment.id),
    req,
  )
  return matched.map(({ comment, matchedBy }) => ({
    id: comment.id,
    sentOn: comment.createdAt,
    reportingYear: comment.reportingYear ?? null,
    language: comment.locale ?? null,
    respondent: comment.respondent,
    topic: comment.topic,
    status: comment.status,
    whatTheyWrote: comment.comment ?? null,
    originalDeletedOn: comment.originalDeletedAt ?? null,
    anonymisedText: comment.anonymisedText ?? null,
    matchedBy,
    inReports: [
      ...new Set(
        reports
          .filter(({ doc }) =>
            (doc.themes ?? []).some((theme) =>
              [...(theme.comments ?? []), ...(theme.quotedComments ?? [])].some(
                (value) => String(relationId(value)) === String(comment.id),
              ),
            ),
          )
          .map(({ doc }) => doc.year),
      ),
    ],
  }))
}

const describeQuery = (query: SubjectQuery) =>
  (['email', 'phone', 'name'] as const)
    .filter((key) => query[key])
    .map((key) => ({ email: 'e-mail address', phone: 'phone number', name: 'name' })[key])
    .join(', ')

/** GET /api/comments/personal-data?email=&phone=&name=: the comments that hold those details. */
export const findPersonalDataEndpoint: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    doNotCache(req)
    requireStaff(req, staffOnlyMessages)
    const query = queryFrom(paramsOf(req))
    const comments = await findSubjectComments(req.payload, query, req)
    return Response.json({ comments })
  },
}

const CSV_COLUMNS: Array<[keyof SubjectComment, string]> = [
  ['id', 'Comment ID'],
  ['sentOn', 'Sent on'],
  ['reportingYear', 'Reporting year'],
  ['language', 'Language'],
  ['respondent', 'Sent by'],
  ['topic', 'About'],
  ['status', 'Status'],
  ['whatTheyWrote', 'What they wrote'],
  ['originalDeletedOn', 'What they wrote was deleted on'],
  ['anonymisedText', 'Anonymised text'],
  ['inReports', 'In the reports of'],
  ['matchedBy', 'Found by'],
]

/**
 * GET /api/comments/personal-data/export?…&format=json|csv&reference=…: a subject access
 * request's copy of everything found, as a download; recorded in the audit log (which comments,
 * the reference, never the details searched for).
 */
export const exportPersonalDataEndpoint: Endpoint = {
  path: '/personal-data/export',
  method: 'get',
  handler: async (req) => {
    doNotCache(req)
    const user = requireStaff(req, staffOnlyMessages)
    const params = paramsOf(req)
    const query = queryFrom(params)
    const format = typeof params.format === 'string' && params.format ? params.format : 'json'
    if (format !== 'json' && format !== 'csv') throw badRequest(strings.badFormat)
    const reference = optionalText(params, 'reference', 100)
    const comments = await findSubjectComments(req.payload, query, req)
    await recordCommentAudit(
      req.payload,
      {
        action: 'subject-access',
        what: `${comments.length} ${comments.length === 1 ? 'comment' : 'comments'}`,
        actor: user,
        comment:
          `Exported as ${format.toUpperCase()} for a subject access request` +
          `${reference ? ` (reference ${reference})` : ''}; found by ${describeQuery(query)}; ` +
          `comments: ${comments.map((c) => c.id).join(', ') || 'none'}.`,
      },
      req,
    )
    const day = new Date().toISOString().slice(0, 10)
    if (format === 'json') {
      return new Response(
        JSON.stringify({ exportedOn: new Date().toISOString(), comments }, null, 2),
        {
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Disposition': `attachment; filename="comments-subject-access-${day}.json"`,
          },
        },
      )
    }
    const rows = [
      CSV_COLUMNS.map(([, label]) => label),
      ...comments.map((comment) =>
        CSV_COLUMNS.map(([key]) => {
          const value = comment[key]
          return Array.isArray(value) ? value.join(', ') : String(value ?? '')
        }),
      ),
    ]
    return new Response(stringify(rows, { bom: true, escape_formulas: true }), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="comments-subject-access-${day}.csv"`,
      },
    })
  },
}

type Theme = NonNullable<FeedbackReport['themes']>[number]

const without = (ids: Set<string>) => (values: Theme['comments']) =>
  (values ?? []).filter((value) => !ids.has(String(relationId(value))))

/**
 * POST /api/comments/personal-data/erase { email?, phone?, name?, ids?, reference }: erases the
 * comments found (or those of `ids`, each of which must be among them): each is taken out of every
 * report (draft and published; its quote disappears from the site at the next rebuild) and then
 * deleted, all in one transaction, and one audit entry records which comments and the reference.
 */
export const erasePersonalDataEndpoint: Endpoint = {
  path: '/personal-data/erase',
  method: 'post',
  handler: async (req) => {
    doNotCache(req)
    const user: User = requireStaff(req, staffOnlyMessages)
    const body = await jsonBody(req)
    const query = queryFrom(body)
    const reference = optionalText(body, 'reference', 100)
    if (!reference) throw badRequest(strings.needReference)
    const found = await findSubjectComments(req.payload, query, req)
    const foundIds = new Set(found.map((c) => String(c.id)))
    let chosen = found.map((c) => c.id)
    if (Array.isArray(body.ids)) {
      const asked = body.ids.map(String)
      const stray = asked.filter((id) => !foundIds.has(id))
      if (stray.length) throw badRequest(strings.notMatched(stray))
      chosen = found.filter((c) => asked.includes(String(c.id))).map((c) => c.id)
    }
    if (chosen.length === 0) throw conflict(strings.nothingToErase)

    const erase = new Set(chosen.map(String))
    const reportsChanged = await inTransaction(req, async () => {
      const reports = await reportsLinking(req.payload, chosen, req)
      // Published first, then the latest draft, so neither keeps the comment.
      const ordered = [...reports].sort((a, b) => Number(a.draft) - Number(b.draft))
      for (const { doc, draft } of ordered) {
        await req.payload.update({
          collection: 'feedback-reports',
          id: doc.id,
          draft,
          locale: 'en',
          data: {
            _status: draft ? 'draft' : 'published',
            themes: (doc.themes ?? []).map((theme) => ({
              ...theme,
              comments: without(erase)(theme.comments),
              quotedComments: without(erase)(theme.quotedComments),
            })),
          },
          context: { personalDataErasure: true },
          overrideAccess: true,
          depth: 0,
          req,
        })
      }
      await req.payload.delete({
        collection: 'comments',
        where: { id: { in: chosen } },
        overrideAccess: true,
        req,
      })
      await recordCommentAudit(
        req.payload,
        {
          action: 'erasure',
          what: `${chosen.length} ${chosen.length === 1 ? 'comment' : 'comments'}`,
          actor: user,
          comment:
            `Erased for a right-to-erasure request (reference ${reference}); found by ${describeQuery(query)}; ` +
            `comments: ${chosen.join(', ')}; taken out of the reports of ${[...new Set(reports.map((r) => r.doc.year))].join(', ') || 'no year'}.`,
        },
        req,
      )
      return [...new Set(reports.map((r) => r.doc.year))]
    })
    return Response.json({
      message: `Erased ${chosen.length} ${chosen.length === 1 ? 'comment' : 'comments'}${reportsChanged.length ? ` and took ${chosen.length === 1 ? 'it' : 'them'} out of the reports of ${reportsChanged.join(', ')}` : ''}.`,
      erased: chosen,
      reports: reportsChanged,
    })
  },
}
