/**
 * The static export served by nginx with the documented rewrite rules
 * (src/site/openReferralHost.ts, docs/open-referral.md) answers the Open Referral UK API's
 * addresses: walked as the validator does (base → version → first, middle and last page of each
 * endpoint → each record by id), every answer is JSON with CORS, and valid against the official
 * UK profile schemas; a query the static copy cannot answer gets a 400 JSON explanation.
 * The browser test does the same on the built demo site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildOpenReferralFeed, feedFiles } from '@local-offer/shared/openReferral'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveWithNginx } from '../src/site/nginxServer'
import { nginxOpenReferralRules } from '../src/site/openReferralHost'
import type { StaticServer } from '../src/site/staticServer'
import { workspaceRoot } from '../src/site/workspacePaths'
import { feedListings, feedVocabularies } from './support/feedListings'
import { UK_PROFILE_ENDPOINTS, ukProfileValidator } from './support/ukProfile'
import { walkFeed, type WalkedAnswer } from './support/walkFeed'

const LIVE_API = 'https://cms.localoffer.westbridge.gov.uk/api/openreferral/'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

let dir: string
let server: StaticServer
let answers: WalkedAnswer[]

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'local-offer-feed-'))
  for (const [file, body] of feedFiles(
    buildOpenReferralFeed(feedListings(120), feedVocabularies),
  )) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), JSON.stringify(body))
  }
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>')
  server = await serveWithNginx(dir, await freePort(), { liveApiUrl: LIVE_API })
  answers = await walkFeed(`${server.url}/openreferral`, UK_PROFILE_ENDPOINTS)
}, 60_000)

afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the static feed behind nginx, walked like the validator', () => {
  it('reads every endpoint’s first, middle and last page and each record on them', () => {
    const services = answers.filter((a) => a.endpoint === 'services')
    expect(services.filter((a) => a.kind === 'page').map((a) => new URL(a.url).search)).toEqual([
      '?page=1',
      '?page=2',
      '?page=3',
    ])
    expect(services.filter((a) => a.kind === 'document')).toHaveLength(120)
    for (const endpoint of UK_PROFILE_ENDPOINTS) {
      expect(
        answers.filter((a) => a.endpoint === endpoint && a.kind === 'document').length,
        endpoint,
      ).toBeGreaterThan(0)
    }
  })

  it('answers each address with JSON, CORS and the record asked for', () => {
    for (const answer of answers) {
      expect([answer.url, answer.status]).toEqual([answer.url, 200])
      expect(answer.contentType, answer.url).toContain('application/json')
      expect(answer.allowOrigin, answer.url).toBe('*')
      if (answer.kind === 'document') {
        expect((answer.body as { id: string }).id).toBe(answer.url.split('/').at(-1))
      }
      if (answer.kind === 'page') {
        expect((answer.body as { page_number: number }).page_number).toBe(
          Number(new URL(answer.url).searchParams.get('page')),
        )
      }
    }
  })

  it('serves only documents the official UK profile schemas accept', () => {
    const validator = ukProfileValidator()
    const problems = answers.flatMap((answer) =>
      answer.kind === 'root'
        ? validator.root(answer.body)
        : answer.kind === 'page'
          ? validator.page(answer.endpoint!, answer.body)
          : validator.document(answer.endpoint!, answer.body),
    )
    expect(problems).toEqual([])
  })

  it('refuses a query it cannot answer with a 400 that says why, and a missing page with a 404', async () => {
    for (const query of [
      'services?search=speech',
      'services?page=1&per_page=10',
      'services/x?y=1',
      '?page=1',
    ]) {
      const response = await fetch(`${server.url}/openreferral/${query}`)
      expect([query, response.status]).toEqual([query, 400])
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      const body = (await response.json()) as { error: string; message: string; live_api: string }
      expect(body.error).toBe('unsupported_query')
      expect(body.message).toContain('does not search or filter')
      expect(body.live_api).toBe(LIVE_API)
    }
    const missing = await fetch(`${server.url}/openreferral/services?page=99`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ error: 'not_found' })
    const perPage = await fetch(`${server.url}/openreferral/services?per_page=50&page=2`)
    expect(((await perPage.json()) as { page_number: number }).page_number).toBe(2)
  })

  it('is the configuration docs/open-referral.md gives', async () => {
    const docs = await readFile(path.join(workspaceRoot, 'docs/open-referral.md'), 'utf8')
    const block = /<!-- openreferral-host-rules:start -->\s*```nginx\n([\s\S]*?)\n```/.exec(docs)
    expect(block, 'the marked nginx block in docs/open-referral.md').not.toBeNull()
    expect(block![1]).toBe(nginxOpenReferralRules({ liveApiUrl: LIVE_API }))
  })
})
