import { APIError } from 'payload'

/**
 * The errors the CMS's own endpoints (and the hooks that refuse a request) throw. Payload's
 * handler turns a thrown APIError into `{ errors: [{ message }] }` with its status, so every
 * endpoint fails the same way. All are public: the message is written for the person who sees it.
 * (Payload's own Forbidden and UnauthorizedError carry fixed messages, so these build APIErrors.)
 */

const publicError = (message: string, status: number) => new APIError(message, status, null, true)

/** 400: the request itself is wrong; the message says what to send instead. */
export const badRequest = (message: string) => publicError(message, 400)

/** 401: nobody is signed in. */
export const notSignedIn = (message: string) => publicError(message, 401)

/** 403: the signed-in user may not do this. */
export const forbidden = (message: string) => publicError(message, 403)

/** 409: the document is not in a state that allows this. */
export const conflict = (message: string) => publicError(message, 409)
