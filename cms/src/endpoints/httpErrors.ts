import { APIError } from 'payload'

/**
 * The errors the CMS's own endpoints (and the hooks that refuse a request) throw. Payload's
 * handler turns a thrown APIError into `{ errors: [{ message }] }` with its status, so every
 * endpoint fails the same way. All are public: the message is written for the person who sees it.
 * (Payload's own Forbidden and UnauthorizedError carry fixed messages, so these build APIErrors.)
 */

function publicError(message: string, status: number): APIError {
  const error = new APIError(message, status, null, true)
  // Payload's error handler answers "An unknown error occurred." for an error with no `name`, and
  // APIError takes its name from `this.constructor.name`, which is empty once the CMS's production
  // build has minified the class into an anonymous one: every refusal then lost its explanation.
  error.name = 'APIError'
  return error
}

/** 400: the request itself is wrong; the message says what to send instead. */
export const badRequest = (message: string) => publicError(message, 400)

/** 401: nobody is signed in. */
export const notSignedIn = (message: string) => publicError(message, 401)

/** 403: the signed-in user may not do this. */
export const forbidden = (message: string) => publicError(message, 403)

/** 413: what was sent is larger than the CMS accepts; the message says the limit. */
export const tooLarge = (message: string) => publicError(message, 413)

/** 409: the document is not in a state that allows this. */
export const conflict = (message: string) => publicError(message, 409)

/** Not there, or not visible to this user (the same answer, so existence is not revealed). */
export const notFound = (message: string) => publicError(message, 404)
