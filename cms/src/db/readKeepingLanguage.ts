import type { PayloadRequest } from 'payload'

/**
 * Runs a read with `req` (so it joins the request's transaction, and sees what the request has
 * written) without changing the request's own language. Payload's local API sets `req.locale`
 * and `req.fallbackLocale` to the read's (its createLocalReq), so a read in English (or in every
 * language) during a Polish save would make the save write its Polish text as English, and a
 * read in an endpoint would change the language of everything the endpoint does after it.
 */
export async function readKeepingLanguage<T, R extends PayloadRequest | undefined>(
  req: R,
  read: (req: R) => Promise<T>,
): Promise<T> {
  if (!req) return read(req)
  const { locale, fallbackLocale } = req
  try {
    return await read(req)
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
