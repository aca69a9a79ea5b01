import { describe, expect, it } from 'vitest'

import { CmsRestError, createCmsRestClient, findParams } from '../src/cmsRest/index.js'

const BASE = 'http://127.0.0.1:3000'

interface Recorded {
  url: URL
  init: RequestInit | undefined
}

/** A fetch that answers from a function of the request and records every request. */
function fakeFetch(answer: (url: URL, init?: RequestInit) => Response) {
  const requests: Recorded[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    requests.push({ url, init })
    return answer(url, init)
  }
  return { fetch, requests }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init })

/** `count` documents served `size` to a page. */
/** A collection of `count` documents with ids 1…count, answered as Payload pages them. */
const paged = (count: number, size: number) => (url: URL) => {
  const page = Number(url.searchParams.get('page') ?? '1')
  const after = Number(url.searchParams.get('where[id][greater_than]') ?? '0')
  const all = Array.from({ length: count }, (_, i) => ({ id: i + 1 })).filter(
    (doc) => doc.id > after,
  )
  return json({
    docs: all.slice((page - 1) * size, page * size),
    totalDocs: all.length,
    totalPages: Math.max(1, Math.ceil(all.length / size)),
    page,
  })
}

async function failureOf(promise: Promise<unknown>): Promise<CmsRestError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof CmsRestError) return error
    throw error
  }
  throw new Error('did not reject')
}

interface Listing {
  id: number
  slug: string
  summary: string
  _status?: 'draft' | 'published' | null
}

describe('findParams', () => {
  it('writes Payload’s query string, where conditions in its bracket form', () => {
    const params = findParams({
      locale: 'all',
      depth: 1,
      limit: 10,
      page: 2,
      sort: 'id',
      where: { _status: { equals: 'published' }, startAfter: { greater_than_equal: 'x' } },
      draft: false,
      select: ['updatedAt', 'slug'],
    })
    expect([...params]).toEqual([
      ['locale', 'all'],
      ['depth', '1'],
      ['limit', '10'],
      ['page', '2'],
      ['sort', 'id'],
      ['where[_status][equals]', 'published'],
      ['where[startAfter][greater_than_equal]', 'x'],
      ['draft', 'false'],
      ['select[updatedAt]', 'true'],
      ['select[slug]', 'true'],
    ])
  })

  it('leaves out what is not asked for', () => {
    expect(findParams({}).size).toBe(0)
  })
})

describe('createCmsRestClient', () => {
  it('finds one page from the collection’s endpoint, asking for JSON', async () => {
    const { fetch, requests } = fakeFetch(paged(3, 10))
    const client = createCmsRestClient<{ services: Listing }>({ baseUrl: `${BASE}//`, fetch })
    const result = await client.find('services', { depth: 0, page: 1 })
    expect(result.totalDocs).toBe(3)
    expect(requests[0]?.url.pathname).toBe('/api/services')
    expect(new Headers(requests[0]?.init?.headers).get('accept')).toBe('application/json')
    expect(client.baseUrl).toBe(BASE)
  })

  it('reads every page in id order, each after the last id read, and checks the total', async () => {
    const { fetch, requests } = fakeFetch(paged(5, 2))
    const docs = await createCmsRestClient({ baseUrl: BASE, fetch }).findAll('services', {
      pageSize: 2,
      where: { _status: { equals: 'published' } },
    })
    expect(docs.map((doc) => (doc as { id: number }).id)).toEqual([1, 2, 3, 4, 5])
    expect(requests.map((r) => r.url.searchParams.get('where[id][greater_than]'))).toEqual([
      null,
      '2',
      '4',
    ])
    // No page numbers (no offset), the same order and filter on every page.
    expect(requests.every((r) => !r.url.searchParams.has('page'))).toBe(true)
    expect(requests.every((r) => r.url.searchParams.get('sort') === 'id')).toBe(true)
    expect(
      requests.every((r) => r.url.searchParams.get('where[_status][equals]') === 'published'),
    ).toBe(true)
  })

  it('refuses a list that changed while it was read', async () => {
    const { fetch } = fakeFetch((url) =>
      url.searchParams.has('where[id][greater_than]')
        ? json({ docs: [{ id: 3 }], totalDocs: 1, totalPages: 1, page: 1 })
        : json({ docs: [{ id: 1 }, { id: 2 }], totalDocs: 4, totalPages: 2, page: 1 }),
    )
    const error = await failureOf(
      createCmsRestClient({ baseUrl: BASE, fetch }).findAll('services', { pageSize: 2 }),
    )
    expect(error.failure).toEqual({ kind: 'changed-while-reading', totalDocs: 4, received: 3 })
  })

  it('says what failed: an HTTP status with the body, not JSON, not a list', async () => {
    const status = await failureOf(
      createCmsRestClient({
        baseUrl: BASE,
        fetch: fakeFetch(() => new Response('Nope', { status: 403, statusText: 'Forbidden' }))
          .fetch,
      }).find('services'),
    )
    expect(status.failure).toEqual({
      kind: 'status',
      status: 403,
      statusText: 'Forbidden',
      body: 'Nope',
    })
    expect(status.message).toContain(`The CMS at ${BASE} answered 403 Forbidden`)
    expect(status.url).toBe(`${BASE}/api/services`)

    const notJson = await failureOf(
      createCmsRestClient({
        baseUrl: BASE,
        fetch: fakeFetch(() => new Response('<html>')).fetch,
      }).find('services'),
    )
    expect(notJson.failure.kind).toBe('not-json')

    const notList = await failureOf(
      createCmsRestClient({
        baseUrl: BASE,
        fetch: fakeFetch(() => json({ errors: [] })).fetch,
      }).find('services'),
    )
    expect(notList.failure).toEqual({ kind: 'unexpected-shape', expected: 'a Payload list' })
  })

  it('says it could not reach the CMS, with the cause', async () => {
    const refused = new Error('connect ECONNREFUSED 10.0.0.5:3000')
    const error = await failureOf(
      createCmsRestClient({
        baseUrl: 'http://10.0.0.5:3000',
        fetch: async () => {
          throw new TypeError('fetch failed', { cause: refused })
        },
      }).find('services'),
    )
    expect(error.failure.kind).toBe('unreachable')
    expect(error.message).toBe(
      'Could not reach the CMS at http://10.0.0.5:3000 (Error: connect ECONNREFUSED 10.0.0.5:3000).',
    )
  })

  it('reads a global from its endpoint, typed by its slug, and refuses what is not one', async () => {
    const { fetch, requests } = fakeFetch(() =>
      json({ monthsAfterReport: 6, monthsWithoutReport: 18 }),
    )
    const client = createCmsRestClient<
      { services: Listing },
      { 'comment-retention': { monthsAfterReport: number; monthsWithoutReport: number } }
    >({ baseUrl: BASE, fetch })
    const retention = await client.findGlobal('comment-retention', { depth: 0 })
    expect(retention.monthsAfterReport).toBe(6)
    expect(requests[0]?.url.pathname).toBe('/api/globals/comment-retention')
    expect(requests[0]?.url.search).toBe('?depth=0')

    const notGlobal = await failureOf(
      createCmsRestClient({ baseUrl: BASE, fetch: fakeFetch(() => json([1, 2])).fetch }).findGlobal(
        'comment-retention',
      ),
    )
    expect(notGlobal.failure).toEqual({ kind: 'unexpected-shape', expected: 'a Payload global' })
    expect(notGlobal.url).toBe(`${BASE}/api/globals/comment-retention`)
  })

  it('signs in, then sends the token with each change', async () => {
    const { fetch, requests } = fakeFetch((url, init) =>
      url.pathname === '/api/users/login'
        ? json({ token: 'abc' })
        : json({ doc: { id: 7, ...JSON.parse(String(init?.body)) }, message: 'Updated' }),
    )
    const client = createCmsRestClient<{ services: Listing }>({ baseUrl: BASE, fetch })
    const token = await client.login({ email: 'officer@example.org', password: 'secret' })
    expect(token).toBe('abc')
    expect(requests[0]?.init?.method).toBe('POST')
    expect(JSON.parse(String(requests[0]?.init?.body))).toEqual({
      email: 'officer@example.org',
      password: 'secret',
    })

    const { doc } = await client
      .withToken(token)
      .update('services', 7, { summary: 'New', _status: 'published' }, { locale: 'en', depth: 0 })
    expect(doc.summary).toBe('New')
    const change = requests[1]
    expect(change?.init?.method).toBe('PATCH')
    expect(change?.url.pathname).toBe('/api/services/7')
    expect(change?.url.search).toBe('?locale=en&depth=0')
    const headers = new Headers(change?.init?.headers)
    expect(headers.get('authorization')).toBe('JWT abc')
    expect(headers.get('content-type')).toBe('application/json')
  })
})
