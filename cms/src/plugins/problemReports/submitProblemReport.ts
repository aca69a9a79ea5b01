import {
  defaultLocale,
  isLocaleCode,
  localisedPath,
  problemReportErrorMessages,
  validateProblemReport,
  type LocaleCode,
  type ProblemReportErrorCode,
} from '@local-offer/shared'
import pLimit from 'p-limit'
import type { Endpoint, PayloadRequest } from 'payload'

import type { FeedbackSettings } from '../../config/feedbackSettings'
import { clientAddress } from '../../endpoints/clientAddress'
import type { SubmissionRateLimiter } from '../../endpoints/rateLimiter'
import {
  cleanText,
  readSubmission,
  submissionFormat,
  type SubmissionFormat,
} from '../../endpoints/readSubmission'
import { HONEYPOT_FIELD } from '../../endpoints/submitComment'

/** Where the site's answer pages for the report form live, in each locale. */
export function reportThankYouUrl(siteUrl: string, locale: LocaleCode): string {
  return `${siteUrl}${localisedPath(locale, '/report-a-problem/thank-you/')}`
}

export function reportErrorUrl(
  siteUrl: string,
  locale: LocaleCode,
  reasons: readonly ProblemReportErrorCode[],
): string {
  const query = new URLSearchParams(reasons.map((reason) => ['reason', reason]))
  return `${siteUrl}${localisedPath(locale, '/report-a-problem/error/')}?${query.toString()}`
}

const noStore = { 'Cache-Control': 'no-store' }

interface Refusal {
  code: ProblemReportErrorCode
  message: string
  field?: string
}

const because = (code: ProblemReportErrorCode): Refusal[] => [
  { code, message: problemReportErrorMessages[code] },
]

/**
 * POST /api/problem-reports/submit: "Report a problem with this page" on a listing. No account.
 * Works like the comment form (POST /api/comments/submit): a plain HTML form is answered with a
 * 303 to the site's thank-you or error page in the page's language, JSON with 201 or 400/413/415/
 * 429 and the reasons; the same honeypot field; the same rate limiter (its own count, so a report
 * never uses up a family's comments); details redacted before they are stored or e-mailed
 * (the collection's hook). A listing that is not live on the site is refused: "listing-unknown".
 */
export function submitProblemReportEndpoint(
  settings: FeedbackSettings,
  limiter: SubmissionRateLimiter,
): Endpoint {
  const writeOneAtATime = pLimit(1)
  const answer = (format: SubmissionFormat, locale: LocaleCode) => ({
    accepted: () =>
      format === 'form'
        ? redirect(reportThankYouUrl(settings.siteUrl, locale))
        : Response.json(
            { status: 'received', message: 'Thank you. Your report has been sent.' },
            { status: 201, headers: noStore },
          ),
    refused: (status: number, errors: Refusal[], headers: Record<string, string> = {}) =>
      format === 'form'
        ? redirect(
            reportErrorUrl(
              settings.siteUrl,
              locale,
              errors.map((e) => e.code),
            ),
            headers,
          )
        : Response.json(
            { status: 'refused', message: errors.map((e) => e.message).join('. '), errors },
            { status, headers: { ...noStore, ...headers } },
          ),
  })
  return {
    path: '/submit',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      // Counted synchronously, before the first await: concurrent requests cannot overtake it.
      const decision = limiter.attempt(clientAddress(req.headers, settings.trustedProxyHops))
      const format = submissionFormat(req.headers)
      const body = await readSubmission({
        headers: req.headers,
        body: req.body,
        formData: req.formData?.bind(req),
      })
      const fields = body.ok ? body.fields : {}
      const reply = answer(format, isLocaleCode(fields.locale) ? fields.locale : defaultLocale)

      const { allowed, retryAfterSeconds } = await decision
      if (!allowed) {
        return reply.refused(429, because('rate-limited'), {
          'Retry-After': String(retryAfterSeconds),
        })
      }
      if (!body.ok) {
        return reply.refused(body.reason === 'too-large' ? 413 : 415, because(body.reason))
      }
      const honeypot = fields[HONEYPOT_FIELD]
      if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot != null) {
        return reply.accepted()
      }

      const validation = validateProblemReport({
        ...fields,
        details: typeof fields.details === 'string' ? cleanText(fields.details) : fields.details,
      })
      if (!validation.ok) return reply.refused(400, [...validation.errors])
      const { listing: slug, problem, details, locale } = validation.value

      // Only a listing families can see can be reported: read it as the public does.
      const found = await req.payload.find({
        collection: 'services',
        where: { slug: { equals: slug } },
        select: { slug: true },
        depth: 0,
        limit: 1,
        overrideAccess: false,
      })
      const listing = found.docs[0]
      if (!listing) {
        return reply.refused(400, [
          {
            field: 'listing',
            code: 'listing-unknown',
            message: `${problemReportErrorMessages['listing-unknown']} (no live listing "${slug}")`,
          },
        ])
      }
      try {
        await writeOneAtATime(() =>
          req.payload.create({
            collection: 'problem-reports',
            data: { listing: listing.id, problem, details, locale, status: 'open' },
            overrideAccess: true,
            depth: 0,
          }),
        )
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'A problem report was not saved' })
        return reply.refused(500, because('server-error'))
      }
      return reply.accepted()
    },
  }
}

function redirect(location: string, extra: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, ...noStore, ...extra },
  })
}
