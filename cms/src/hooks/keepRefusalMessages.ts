import type { AfterErrorHook } from 'payload'

/** What Payload's formatErrors answers for an error it does not recognise. */
export const UNKNOWN_ERROR_MESSAGE = 'An unknown error occurred.'

interface PayloadLikeError {
  message?: unknown
  status?: unknown
  isPublic?: unknown
  data?: unknown
}

/** Payload's own rule (isErrorPublic without `debug`): public if marked so, or not a 500. */
function isPublic(error: PayloadLikeError): boolean {
  if (error.isPublic === true) return true
  if (error.isPublic === false) return false
  return typeof error.status === 'number' && error.status !== 500
}

/**
 * Keeps the explanation of a refusal that Payload's formatErrors lost. It recognises its own
 * errors by `instanceof APIError` or by a `name`; in the CMS's production build the error classes
 * are minified (an empty `name`) and a module can be bundled twice (so `instanceof` fails), so such
 * an error is answered "An unknown error occurred.". The errors we throw set their name
 * (endpoints/httpErrors.ts), but Payload's own do not: an oversized upload, refused by Payload's
 * upload parser with the limit in our words (`upload.responseOnLimit`), reached the admin and REST
 * clients as "An unknown error occurred." (issue 16, item 5). An error Payload would show
 * (public: not a 500) gets its own message (and data, such as a ValidationError's field messages)
 * back; any other keeps the generic answer, so nothing internal is shown.
 */
export const keepRefusalMessages: AfterErrorHook = ({ error, result }) => {
  const errors = result?.errors
  if (!errors || errors.length !== 1 || errors[0]?.message !== UNKNOWN_ERROR_MESSAGE) return
  const refusal = error as PayloadLikeError
  if (!isPublic(refusal) || typeof refusal.message !== 'string' || !refusal.message) return
  // `data` as Payload sends it for its own errors: a ValidationError's field messages are there.
  const data =
    refusal.data && typeof refusal.data === 'object'
      ? { data: refusal.data as Record<string, unknown> }
      : {}
  return { response: { ...result, errors: [{ message: refusal.message, ...data }] } }
}
