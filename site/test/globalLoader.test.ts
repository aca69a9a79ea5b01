import { describe, expect, it } from 'vitest'

import { CmsError } from '../src/loader/cmsClient'
import { mapCouncilSettings, rawCouncilSettingsSchema } from '../src/loader/councilSettings'
import { readGlobalEntry } from '../src/loader/globalLoader'
import { mapCommentRetention } from '../src/loader/mapContent'
import { rawCommentRetentionSchema } from '../src/loader/rawSchemas'

const BASE = 'http://127.0.0.1:3000'

/** A fetch that answers every request with `body` (JSON) and records the URLs asked for. */
function answering(body: unknown, init: ResponseInit = {}) {
  const requested: URL[] = []
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    requested.push(new URL(input instanceof Request ? input.url : input))
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
      ...init,
    })
  }
  return { fetch, requested }
}

const commentRetention = (fetch: typeof globalThis.fetch) =>
  readGlobalEntry({
    global: 'comment-retention',
    schema: rawCommentRetentionSchema,
    map: mapCommentRetention,
    cmsUrl: BASE,
    fetch,
  })

async function rejectionFrom(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw error
  }
  throw new Error('did not reject')
}

describe('the comment-retention global loader', () => {
  it('reads the council’s periods from the global’s endpoint as one entry named by its slug', async () => {
    // What Payload sends for a saved global, fields the site ignores included.
    const { fetch, requested } = answering({
      id: 1,
      monthsAfterReport: 6,
      monthsWithoutReport: 18,
      globalType: 'comment-retention',
      updatedAt: '2026-11-30T10:00:00.000Z',
    })
    const entry = await commentRetention(fetch)
    expect(entry).toEqual({
      id: 'comment-retention',
      monthsAfterReport: 6,
      monthsWithoutReport: 18,
    })
    expect(requested.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/api/globals/comment-retention?depth=0',
    ])
  })

  it('stops the build, naming the global and the field, when a period is missing or not whole months', async () => {
    const missing = await rejectionFrom(commentRetention(answering({ monthsAfterReport: 6 }).fetch))
    expect(missing).toBeInstanceOf(CmsError)
    expect(missing.message).toContain('comment-retention global id comment-retention:')
    expect(missing.message).toContain('monthsWithoutReport:')

    const fraction = await rejectionFrom(
      commentRetention(answering({ monthsAfterReport: 1.5, monthsWithoutReport: 24 }).fetch),
    )
    expect(fraction.message).toContain('monthsAfterReport:')
  })

  it('says what to do when the CMS refuses or is not a global', async () => {
    const refused = await rejectionFrom(
      commentRetention(answering('{"errors":[]}', { status: 403, statusText: 'Forbidden' }).fetch),
    )
    expect(refused).toBeInstanceOf(CmsError)
    expect(refused.message).toContain(`The CMS at ${BASE} answered 403 Forbidden`)

    const list = await rejectionFrom(commentRetention(answering([]).fetch))
    expect(list.message).toContain(
      "The CMS's comment-retention global (http://127.0.0.1:3000/api/globals/comment-retention?depth=0) is not a Payload global response.",
    )
  })
})

describe('the council-settings global loader', () => {
  const councilSettings = (fetch: typeof globalThis.fetch) =>
    readGlobalEntry({
      global: 'council-settings',
      schema: rawCouncilSettingsSchema,
      map: mapCouncilSettings,
      query: { depth: 1, locale: 'all' },
      cmsUrl: BASE,
      fetch,
    })

  it('asks for every language and the logo’s details', async () => {
    const { fetch, requested } = answering({ globalType: 'council-settings' })
    await councilSettings(fetch).catch(() => undefined)
    expect(requested.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/api/globals/council-settings?locale=all&depth=1',
    ])
  })

  it('stops the build when the council never filled in its settings, saying what is missing', async () => {
    // What Payload sends for a global never saved: its defaults only.
    const { fetch } = answering({
      id: 1,
      globalType: 'council-settings',
      brandColour: '#005a70',
      accessibility: { responseDays: 5 },
      footerLinks: [],
    })
    const error = await rejectionFrom(councilSettings(fetch))
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toMatch(
      /^The council settings are not complete, so the site cannot be published\. Fill them in under Administration → Council settings in the CMS: Council name \(English\); Short name \(English\);/,
    )
    expect(error.message).toContain('Accessibility statement: date last reviewed')
  })
})
