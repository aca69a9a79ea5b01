import {
  accountRequestErrorMessages,
  defaultLocale,
  isLocaleCode,
  localisedPath,
  validateAccountRequest,
  type AccountRequestErrorCode,
  type LocaleCode,
} from '@local-offer/shared'
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

/** The site's pages for the form, in each language. */
export const ACCOUNT_REQUEST_PATH = '/ask-for-an-account/'

export function requestThankYouUrl(siteUrl: string, locale: LocaleCode): string {
  return `${siteUrl}${localisedPath(locale, `${ACCOUNT_REQUEST_PATH}thank-you/`)}`
}

/** The error page, with each refused field's code as `reason` (the page explains each). */
export function requestErrorUrl(
  siteUrl: string,
  locale: LocaleCode,
  reasons: readonly AccountRequestErrorCode[],
): string {
  const query = new URLSearchParams(reasons.map((reason) => ['reason', reason]))
  return `${siteUrl}${localisedPath(locale, `${ACCOUNT_REQUEST_PATH}error/`)}?${query.toString()}`
}

const noStore = { 'Cache-Control': 'no-store' }

interface Refusal {
  code: AccountRequestErrorCode
  message: string
  field?: string
}

const because = (code: AccountRequestErrorCode): Refusal[] => [
  { code, message: accountRequestErrorMessages[code] },
]

function redirect(location: string, extra: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...noStore, ...extra } })
}

const textFields = [
  'organisationName',
  'contactName',
  'email',
  'phone',
  'offer',
  'registrationNumber',
] as const

/**
 * POST /api/account-requests/submit: an organisation asks for an account. No account needed.
 * Works like the comment form (POST /api/comments/submit): a plain HTML form is answered with a
 * 303 to the site's thank-you or error page in the form's language (the error page names each
 * wrong field), JSON with 201 or 400/413/415/429 and the reasons; the same honeypot field; the
 * same rate limiter settings (its own count, keyed `account-requests`).
 */
export function submitAccountRequestEndpoint(
  settings: FeedbackSettings,
  limiter: SubmissionRateLimiter,
): Endpoint {
  const answer = (format: SubmissionFormat, locale: LocaleCode) => ({
    accepted: () =>
      format === 'form'
        ? redirect(requestThankYouUrl(settings.siteUrl, locale))
        : Response.json(
            { status: 'received', message: 'Thank you. Your request has been sent.' },
            { status: 201, headers: noStore },
          ),
    refused: (status: number, errors: Refusal[], headers: Record<string, string> = {}) =>
      format === 'form'
        ? redirect(
            requestErrorUrl(
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
      const cleaned: Record<string, unknown> = { ...fields }
      for (const name of textFields) {
        const value = fields[name]
        if (typeof value === 'string') cleaned[name] = cleanText(value)
      }
      const validation = validateAccountRequest(cleaned)
      if (!validation.ok) return reply.refused(400, [...validation.errors])
      const { phone, registrationNumber, ...required } = validation.value
      try {
        await req.payload.create({
          collection: 'account-requests',
          data: {
            ...required,
            phone: phone || null,
            registrationNumber: registrationNumber || null,
            status: 'waiting',
          },
          overrideAccess: true,
          depth: 0,
          req,
        })
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'An account request was not saved' })
        return reply.refused(500, because('server-error'))
      }
      return reply.accepted()
    },
  }
}
