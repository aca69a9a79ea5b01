import {
  localisedPath,
  defaultLocale,
  isLocaleCode,
  submissionErrorMessages,
  validateCommentSubmission,
  type LocaleCode,
  type SubmissionErrorCode,
  type SubmissionFieldError,
} from '@local-offer/shared'
import pLimit from 'p-limit'
import type { Endpoint, PayloadRequest } from 'payload'

import type { FeedbackSettings } from '../config/feedbackSettings'
import { clientAddress } from './clientAddress'
import {
  cleanText,
  readSubmission,
  submissionFormat,
  type SubmissionFormat,
} from './readSubmission'
import type { SubmissionRateLimiter } from './rateLimiter'
import { createThenReadBack } from '../db/createThenReadBack'

/** The hidden form field only robots fill in. A filled one is thanked and thrown away. */
export const HONEYPOT_FIELD = 'website'

/** Where the site's pages for the form live, in each locale. */
export function thankYouUrl(siteUrl: string, locale: LocaleCode): string {
  return `${siteUrl}${localisedPath(locale, '/feedback/thank-you/')}`
}

export function errorUrl(siteUrl: string, locale: LocaleCode, reasons: SubmissionErrorCode[]) {
  const query = new URLSearchParams(reasons.map((reason) => ['reason', reason]))
  return `${siteUrl}${localisedPath(locale, '/feedback/error/')}?${query.toString()}`
}

const noStore = { 'Cache-Control': 'no-store' }

function redirect(location: string, extra: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...noStore, ...extra } })
}

const RECEIVED = {
  status: 'received',
  message:
    'Thank you. Your comment has been received. We read every comment and publish what people told us, and what we did about it, once a year.',
} as const

interface Outcome {
  format: SubmissionFormat
  locale: LocaleCode
}

function accepted({ format, locale }: Outcome, siteUrl: string): Response {
  return format === 'form'
    ? redirect(thankYouUrl(siteUrl, locale))
    : Response.json(RECEIVED, { status: 201, headers: noStore })
}

function refused(
  { format, locale }: Outcome,
  siteUrl: string,
  status: number,
  errors: readonly RefusalReason[],
  headers: Record<string, string> = {},
): Response {
  if (format === 'form') {
    return redirect(
      errorUrl(
        siteUrl,
        locale,
        errors.map((e) => e.code),
      ),
      headers,
    )
  }
  return Response.json(
    { status: 'refused', message: errors.map((e) => e.message).join('. '), errors },
    { status, headers: { ...noStore, ...headers } },
  )
}

type RefusalReason = Pick<SubmissionFieldError, 'code' | 'message'> & { field?: string }

const generalError = (code: SubmissionErrorCode): RefusalReason[] => [
  { code, message: submissionErrorMessages[code] },
]

/**
 * POST /api/comments/submit: the public comment form. No account needed.
 * Accepts a plain HTML form (url-encoded or multipart; answers 303 to the site's thank-you or
 * error page) or JSON (answers 201, 400 with field errors, 413, 415 or 429).
 * Every attempt counts towards the per-address rate limit, checked before anything else.
 * Comments are written one at a time, so a burst of them never contends for the database.
 */
export function submitCommentEndpoint(
  settings: FeedbackSettings,
  limiter: SubmissionRateLimiter,
): Endpoint {
  const writeOneAtATime = pLimit(1)
  return {
    path: '/submit',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const headers = req.headers
      // Counted synchronously, before the first await: concurrent requests cannot overtake it.
      const decision = limiter.attempt(clientAddress(headers, settings.trustedProxyHops))
      const format = submissionFormat(headers)
      const body = await readSubmission({
        headers,
        body: req.body,
        formData: req.formData?.bind(req),
      })
      const fields = body.ok ? body.fields : {}
      const locale = isLocaleCode(fields.locale) ? fields.locale : defaultLocale
      const outcome = { format, locale }

      const { allowed, retryAfterSeconds } = await decision
      if (!allowed) {
        return refused(outcome, settings.siteUrl, 429, generalError('rate-limited'), {
          'Retry-After': String(retryAfterSeconds),
        })
      }
      if (!body.ok) {
        return refused(
          outcome,
          settings.siteUrl,
          body.reason === 'too-large' ? 413 : 415,
          generalError(body.reason),
        )
      }

      const honeypot = fields[HONEYPOT_FIELD]
      if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot != null) {
        return accepted(outcome, settings.siteUrl)
      }

      const validation = validateCommentSubmission({
        ...fields,
        comment: typeof fields.comment === 'string' ? cleanText(fields.comment) : fields.comment,
      })
      if (!validation.ok) return refused(outcome, settings.siteUrl, 400, validation.errors)

      const { comment, respondent, topic } = validation.value
      try {
        // Thanked only once it can be read back (a lost COMMIT is not reported: createThenReadBack).
        await writeOneAtATime(() =>
          createThenReadBack(req.payload, 'comments', () =>
            req.payload.create({
              collection: 'comments',
              data: { comment, respondent, topic, locale: validation.value.locale, status: 'new' },
              overrideAccess: true,
              depth: 0,
            }),
          ),
        )
      } catch (error) {
        req.payload.logger.error({
          err: error,
          msg: 'A comment from the public form was not saved',
        })
        return refused(outcome, settings.siteUrl, 500, generalError('server-error'))
      }
      return accepted(outcome, settings.siteUrl)
    },
  }
}
