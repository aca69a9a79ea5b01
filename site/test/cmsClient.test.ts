import { createServer } from 'node:net'

import { describe, expect, it } from 'vitest'

import { CmsError, createCmsClient } from '../src/loader/cmsClient'

const BASE = 'http://127.0.0.1:3000'
const query = { publishedOnly: true, depth: 1 }

/** A fetch that answers from a function of the request URL and records the URLs asked for. */
function fakeFetch(answer: (url: URL) => Response | Promise<Response>) {
  const requested: URL[] = []
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input)
    requested.push(url)
    return answer(url)
  }
  return { fetch, requested }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  })

/** Payload's list response for one page of `docs` out of `totalDocs`. */
function listPage(docs: unknown[], page: number, totalPages: number, totalDocs: number) {
  return json({
    docs,
    totalDocs,
    totalPages,
    page,
    limit: 2,
    pagingCounter: (page - 1) * 2 + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  })
}

/** A collection of `count` documents served two to a page, after the id asked for if any. */
function pagedCollection(count: number) {
  return (url: URL) => {
    const after = Number(url.searchParams.get('where[id][greater_than]') ?? '0')
    const all = Array.from({ length: count }, (_, i) => ({ id: i + 1 })).filter(
      (doc) => doc.id > after,
    )
    const page = Number(url.searchParams.get('page') ?? '1')
    const totalPages = Math.ceil(all.length / 2)
    return listPage(all.slice((page - 1) * 2, page * 2), page, totalPages, all.length)
  }
}

async function rejectionFrom(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`rejected with a non-Error: ${String(error)}`)
  }
  throw new Error('did not reject')
}

/** A port on this machine that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}

describe('createCmsClient', () => {
  it('reads every page of a collection', async () => {
    const { fetch, requested } = fakeFetch(pagedCollection(5))
    const client = createCmsClient({ baseUrl: BASE, pageSize: 2, fetch })
    const docs = await client.listAll('services', query)
    expect(docs).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }])
    // Each page after the last id read (no page numbers, so no offset for the database).
    expect(requested.map((url) => url.searchParams.get('where[id][greater_than]'))).toEqual([
      null,
      '2',
      '4',
    ])
    expect(requested.every((url) => url.searchParams.get('limit') === '2')).toBe(true)
  })

  it('asks for every locale, published documents only, from the collection’s endpoint', async () => {
    const { fetch, requested } = fakeFetch(pagedCollection(1))
    await createCmsClient({ baseUrl: BASE, fetch }).listAll('services', query)
    expect(requested).toHaveLength(1)
    const url = requested[0]!
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:3000/api/services')
    expect(url.searchParams.get('locale')).toBe('all')
    expect(url.searchParams.get('where[_status][equals]')).toBe('published')
    expect(url.searchParams.get('draft')).toBe('false')
    expect(url.searchParams.get('depth')).toBe('1')
    expect(url.searchParams.get('limit')).toBe('100')
    expect(url.searchParams.get('sort')).toBe('id')
  })

  it('does not filter on _status for a collection without drafts', async () => {
    const { fetch, requested } = fakeFetch(pagedCollection(1))
    await createCmsClient({ baseUrl: BASE, fetch }).listAll('glossary-terms', {
      publishedOnly: false,
      depth: 0,
    })
    const url = requested[0]!
    expect(url.pathname).toBe('/api/glossary-terms')
    expect(url.searchParams.get('locale')).toBe('all')
    expect(url.searchParams.has('where[_status][equals]')).toBe(false)
    expect(url.searchParams.has('draft')).toBe(false)
    expect(url.searchParams.get('depth')).toBe('0')
  })

  it('drops trailing slashes from the base URL', async () => {
    const { fetch, requested } = fakeFetch(pagedCollection(0))
    const client = createCmsClient({ baseUrl: 'https://cms.westbridge.example//', fetch })
    expect(client.baseUrl).toBe('https://cms.westbridge.example')
    expect(await client.listAll('pages', query)).toEqual([])
    expect(requested[0]?.href).toMatch(/^https:\/\/cms\.westbridge\.example\/api\/pages\?/)
  })

  it('says it could not reach the CMS, and where, when the connection is refused', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`
    const error = await rejectionFrom(
      createCmsClient({ baseUrl, timeoutMs: 5_000 }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(`Could not reach the CMS at ${baseUrl}`)
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('reports the cause an injected fetch gives', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:3000'), {
      code: 'ECONNREFUSED',
    })
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: refused })
    }
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: 'http://10.0.0.5:3000', fetch }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(
      'Could not reach the CMS at http://10.0.0.5:3000 (Error: connect ECONNREFUSED 10.0.0.5:3000)',
    )
  })

  it('gives up after the timeout', async () => {
    const fetch = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      })
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, fetch, timeoutMs: 20 }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(`Could not reach the CMS at ${BASE}`)
    expect(error.message).toMatch(/timeout|timed out/i)
  })

  it('names the HTTP status when the CMS answers with an error', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response('Internal Server Error', { status: 500, statusText: 'Internal Server Error' }),
    )
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, fetch }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(`The CMS at ${BASE} answered 500 Internal Server Error`)
    expect(error.message).toContain('/api/services?')
  })

  it('names a 404 too', async () => {
    const { fetch } = fakeFetch(() => new Response('Not Found', { status: 404 }))
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, fetch }).listAll('servicez', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('answered 404')
  })

  it('says so when the response is not JSON', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<!doctype html><title>Login</title>', { status: 200 }),
    )
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, fetch }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain(`The CMS at ${BASE} sent a response that is not JSON`)
  })

  it('says so when the JSON is not a Payload list', async () => {
    const { fetch } = fakeFetch(() => json({ errors: [{ message: 'Something went wrong.' }] }))
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, fetch }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain("The CMS's list of services")
    expect(error.message).toContain('is not a Payload list response')
  })

  it('refuses a result whose count does not match totalDocs', async () => {
    // The collection shrank between the two pages: after id 2 there is one document, not two.
    const { fetch } = fakeFetch((url) =>
      url.searchParams.has('where[id][greater_than]')
        ? listPage([{ id: 3 }], 1, 1, 1)
        : listPage([{ id: 1 }, { id: 2 }], 1, 2, 4),
    )
    const error = await rejectionFrom(
      createCmsClient({ baseUrl: BASE, pageSize: 2, fetch }).listAll('services', query),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toContain('The CMS said it has 4 services but sent 3')
  })
})
