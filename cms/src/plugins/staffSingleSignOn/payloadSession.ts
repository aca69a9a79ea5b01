import { getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { User } from '../../payload-types'

/**
 * Signs the user in exactly as Payload's own password sign-in does (auth/operations/login): a new
 * session on the user (so "log out" and session revocation work the same), a token with the same
 * signed fields, and the same cookie. Returns the Set-Cookie header value.
 */
export async function startPayloadSession(req: PayloadRequest, user: User): Promise<string> {
  const { payload } = req
  const collection = payload.collections.users.config
  const signedInUser = { ...user, collection: 'users' as const, _strategy: 'local-jwt' }
  const { sid } = await addSessionToUser({
    collectionConfig: collection,
    payload,
    req,
    user: signedInUser,
  })
  const fieldsToSign = getFieldsToSign({
    collectionConfig: collection,
    email: user.email,
    user: signedInUser,
    ...(sid ? { sid } : {}),
  })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collection.auth.tokenExpiration,
  })
  return generatePayloadCookie({
    collectionAuthConfig: collection.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
}
