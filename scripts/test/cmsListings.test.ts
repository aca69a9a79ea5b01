import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { CmsUnreachableError, countPublishedListings } from '../src/publish/cmsListings'

let server: Server | undefined

/** A CMS stand-in on a free port that answers every request with `status` and `body`. */
async function cmsAnswering(status: number, body: string, seen: string[] = []): Promise<string> {
  server = createServer((req, res) => {
    seen.push(req.url ?? '')
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
  }
  throw new Error('did not reject')
}

describe('countPublishedListings', () => {
  it('asks anonymously for published listings only, and reads the total', async () => {
    const seen: string[] = []
    const url = await cmsAnswering(
      200,
      JSON.stringify({ docs: [{ id: 1 }], totalDocs: 37, totalPages: 37, page: 1 }),
      seen,
    )
    expect(await countPublishedListings(url)).toBe(37)
    const asked = new URL(seen[0] ?? '', url)
    expect(asked.pathname).toBe('/api/services')
    expect(asked.searchParams.get('where[_status][equals]')).toBe('published')
    expect(asked.searchParams.get('draft')).toBe('false')
    expect(asked.searchParams.get('limit')).toBe('1')
  })

  it('names the status the CMS answered with', async () => {
    const url = await cmsAnswering(500, '{}')
    const error = await failureOf(countPublishedListings(url))
    expect(error).toBeInstanceOf(CmsUnreachableError)
    expect(error.message).toContain(`The CMS at ${url} answered 500`)
  })

  it('says when the answer is not a list (CMS_URL points somewhere else)', async () => {
    const url = await cmsAnswering(200, '<html>')
    const error = await failureOf(countPublishedListings(url))
    expect(error.message).toBe(
      `The CMS at ${url} did not send a list of listings (is CMS_URL the CMS's address?).`,
    )
  })

  it('says it could not be reached, and why', async () => {
    const error = await failureOf(countPublishedListings('http://127.0.0.1:9', 5_000))
    expect(error).toBeInstanceOf(CmsUnreachableError)
    expect(error.message).toContain('The CMS at http://127.0.0.1:9 could not be reached (')
    expect(error.message).toContain('Check that it is running and that CMS_URL points at it.')
  })
})
