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
 * errors by `instanceof APIError` / `ValidationError`; in the CMS's production build the classes
 * are minified and a module can be bundled twice, so `instanceof` fails and formatErrors falls back
 * to the error's `name`: with a name it sends the message alone (a ValidationError's field
 * messages, in `data`, are dropped: a refused rich-text link said only "The following field is
 * invalid: description", not why); with the empty name of a minified class it sends "An unknown
 * error occurred." (an oversized upload, refused by Payload's upload parser with the limit in our
 * words, `upload.responseOnLimit`). Issue 16, item 5. An error Payload would show (public: not a
 * 500) gets its message and data back; any other keeps the generic answer, so nothing internal is
 * shown, and an answer another hook rewrote (a different message) is left alone.
 */
export const keepRefusalMessages: AfterErrorHook = ({ error, result }) => {
  const errors = result?.errors
  if (!errors || errors.length !== 1) return
  const refusal = error as PayloadLikeError
  if (!isPublic(refusal) || typeof refusal.message !== 'string' || !refusal.message) return
  const sent = errors[0]
  const data =
    refusal.data && typeof refusal.data === 'object'
      ? (refusal.data as Record<string, unknown>)
      : undefined
  const lostMessage = sent?.message === UNKNOWN_ERROR_MESSAGE
  const lostData = sent?.message === refusal.message && !sent.data && data !== undefined
  if (!lostMessage && !lostData) return
  return {
    response: { ...result, errors: [{ message: refusal.message, ...(data ? { data } : {}) }] },
  }
}
