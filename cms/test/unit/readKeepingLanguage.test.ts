import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { localization } from '../../src/config/localization'
import { readKeepingLanguage } from '../../src/db/readKeepingLanguage'

/** Just enough of Payload for its createLocalReq, which every local API call runs on `req`. */
const payload = {
  config: { localization, i18n: { fallbackLanguage: 'en' }, admin: { user: 'users' } },
} as unknown as Payload

/** A Polish request (a save or an endpoint), already set up as Payload sets one up. */
const polishRequest = () =>
  ({
    locale: 'pl',
    fallbackLocale: false,
    i18n: { t: () => '' },
    payloadDataLoader: {},
    url: 'http://localhost/api/comments/export',
  }) as unknown as PayloadRequest

/** What `payload.find({ locale: 'en', req })` does to `req` before it reads. */
const readInEnglish = async (req: PayloadRequest | undefined) => {
  if (req) await createLocalReq({ locale: 'en', req }, payload)
  return req?.locale
}

describe('readKeepingLanguage', () => {
  it('a read in English with req makes the request English (the trap it avoids)', async () => {
    const req = polishRequest()
    await readInEnglish(req)
    expect(req.locale).toBe('en')
    expect(req.fallbackLocale).toBe('en')
  })

  it('gives the read the request (in the read’s language) and leaves the request Polish', async () => {
    const req = polishRequest()
    await expect(readKeepingLanguage(req, readInEnglish)).resolves.toBe('en')
    expect(req.locale).toBe('pl')
    expect(req.fallbackLocale).toBe(false)
  })

  it('leaves the request Polish when the read fails', async () => {
    const req = polishRequest()
    await expect(
      readKeepingLanguage(req, async (within) => {
        await readInEnglish(within)
        throw new Error('The database went away')
      }),
    ).rejects.toThrow('The database went away')
    expect(req.locale).toBe('pl')
    expect(req.fallbackLocale).toBe(false)
  })

  it('reads without a request when there is none', async () => {
    await expect(readKeepingLanguage(undefined, readInEnglish)).resolves.toBeUndefined()
  })
})
