/**
 * One small typed client for the CMS's REST API, used by the site's content loader, the publish
 * command and the browser tests. Typed by collection and global slug: the caller passes the CMS's
 * generated types (`createCmsRestClient<Config['collections'], Config['globals']>`), or leaves
 * documents `unknown` where it checks them itself (the site's loader). `@local-offer/shared` does not depend on the
 * CMS package, so the types are the caller's to give.
 *
 * Why not `@payloadcms/sdk`: no release matches the CMS's Payload (3.90.2), and each release
 * depends on its exact `payload` version, which would put a second copy of all of Payload into
 * the site's build and the scripts for the four requests they make.
 *
 * Failures throw a CmsRestError whose `failure` says what went wrong in data (unreachable, an
 * HTTP status, not JSON, not the expected shape), so each caller words the message for its
 * reader: the site's build says to start the CMS, the publish command says to check CMS_URL.
 */
import type { LocaleCode } from '../locales.js'

/** Payload's answer to a list request. */
export interface PaginatedDocs<Doc> {
  docs: Doc[]
  totalDocs: number
  totalPages: number
  page: number
  limit?: number
  hasNextPage?: boolean
  hasPrevPage?: boolean
}

/** One condition per field, as Payload's `where` query takes it: `{ _status: { equals: 'published' } }`. */
export type WhereQuery = Record<string, Record<string, string | number | boolean>>

export interface FindQuery {
  /** One locale, or `all` for every locale's value of each localized field. */
  locale?: LocaleCode | 'all'
  depth?: number
  limit?: number
  page?: number
  sort?: string
  where?: WhereQuery
  /** `false` asks for published versions only; leave it out for the collection's default. */
  draft?: boolean
  /** Only these fields of each document (and its id), e.g. `['updatedAt']`. */
  select?: readonly string[]
}

export type CmsRestFailure =
  | { kind: 'unreachable'; error: unknown }
  | { kind: 'status'; status: number; statusText: string; body: string }
  | { kind: 'not-json' }
  | {
      kind: 'unexpected-shape'
      expected: 'a Payload list' | 'a Payload global' | 'a sign-in token'
    }
  | { kind: 'changed-while-reading'; totalDocs: number; received: number }

export class CmsRestError extends Error {
  override name = 'CmsRestError'
  constructor(
    readonly failure: CmsRestFailure,
    /** The CMS's base URL, without a trailing slash. */
    readonly baseUrl: string,
    /** The request that failed. */
    readonly url: string,
  ) {
    super(describeFailure(failure, baseUrl, url))
  }
}

/** The cause of a failed connection as Node reports it (e.g. "Error: connect ECONNREFUSED …"). */
export function unreachableCause(error: unknown): string {
  return error instanceof Error ? String(error.cause ?? error) : String(error)
}

function describeFailure(failure: CmsRestFailure, baseUrl: string, url: string): string {
  switch (failure.kind) {
    case 'unreachable':
      return `Could not reach the CMS at ${baseUrl} (${unreachableCause(failure.error)}).`
    case 'status':
      return `The CMS at ${baseUrl} answered ${failure.status} ${failure.statusText} for ${url}: ${failure.body.slice(0, 500)}`
    case 'not-json':
      return `The CMS at ${baseUrl} sent a response that is not JSON for ${url}.`
    case 'unexpected-shape':
      return `The CMS's answer to ${url} is not ${failure.expected}.`
    case 'changed-while-reading':
      return `The CMS said it has ${failure.totalDocs} documents but sent ${failure.received} (${url}).`
  }
}

/** The fields to change: the collection's own when its type is given, any otherwise. */
export type UpdateData<Doc> = unknown extends Doc
  ? Record<string, unknown>
  : Partial<Doc> & { _status?: 'draft' | 'published' }

export interface CmsRestClientOptions {
  /** The CMS's base URL, e.g. http://127.0.0.1:3000 (trailing slashes are dropped). */
  baseUrl: string
  fetch?: typeof fetch
  /** Per request; default 30 s. */
  timeoutMs?: number
  /** A signed-in user's token (see `login`), for what only officers may read or change. */
  token?: string
}

function isPaginatedDocs(value: unknown): value is PaginatedDocs<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    Array.isArray(v.docs) &&
    typeof v.totalDocs === 'number' &&
    typeof v.totalPages === 'number' &&
    typeof v.page === 'number'
  )
}

/** The query string Payload's REST API reads, e.g. `where[_status][equals]=published`. */
export function findParams(query: FindQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.locale !== undefined) params.set('locale', query.locale)
  if (query.depth !== undefined) params.set('depth', String(query.depth))
  if (query.limit !== undefined) params.set('limit', String(query.limit))
  if (query.page !== undefined) params.set('page', String(query.page))
  if (query.sort !== undefined) params.set('sort', query.sort)
  for (const [field, conditions] of Object.entries(query.where ?? {})) {
    for (const [operator, value] of Object.entries(conditions)) {
      params.set(`where[${field}][${operator}]`, String(value))
    }
  }
  if (query.draft !== undefined) params.set('draft', String(query.draft))
  for (const field of query.select ?? []) params.set(`select[${field}]`, 'true')
  return params
}

/**
 * `Collections` maps each collection slug to its document type, `Globals` each global slug to
 * its type; with the defaults every document is `unknown`, for a caller that validates what it gets.
 */
export function createCmsRestClient<
  Collections extends Record<string, unknown> = Record<string, unknown>,
  Globals extends Record<string, unknown> = Record<string, unknown>,
>(options: CmsRestClientOptions) {
  type Slug = keyof Collections & string
  type GlobalSlug = keyof Globals & string
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 30_000

  async function request(
    method: 'GET' | 'POST' | 'PATCH',
    pathAndQuery: string,
    body?: unknown,
  ): Promise<unknown> {
    const url = `${baseUrl}/api/${pathAndQuery}`
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (options.token) headers.authorization = `JWT ${options.token}`
    let response: Response
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw new CmsRestError({ kind: 'unreachable', error }, baseUrl, url)
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '')
      throw new CmsRestError(
        { kind: 'status', status: response.status, statusText: response.statusText, body: text },
        baseUrl,
        url,
      )
    }
    try {
      return await response.json()
    } catch {
      throw new CmsRestError({ kind: 'not-json' }, baseUrl, url)
    }
  }

  const withQuery = (path: string, params: URLSearchParams) =>
    params.size > 0 ? `${path}?${params}` : path

  /** One page of a collection. */
  async function find<S extends Slug>(
    collection: S,
    query: FindQuery = {},
  ): Promise<PaginatedDocs<Collections[S]>> {
    const pathAndQuery = withQuery(collection, findParams(query))
    const body = await request('GET', pathAndQuery)
    if (!isPaginatedDocs(body)) {
      throw new CmsRestError(
        { kind: 'unexpected-shape', expected: 'a Payload list' },
        baseUrl,
        `${baseUrl}/api/${pathAndQuery}`,
      )
    }
    return body as PaginatedDocs<Collections[S]>
  }

  /**
   * Every document of a collection, in id order, `pageSize` at a time. Each page asks for the ids
   * after the last one read (keyset paging) rather than for a page number: asked with an offset,
   * the database builds every earlier document's arrays and translations before skipping them, so
   * each page cost more than the one before. Refuses a result whose count does not match the
   * CMS's total at the start: content changed while it was being read, and a partial list is never
   * right.
   */
  async function findAll<S extends Slug>(
    collection: S,
    query: Omit<FindQuery, 'page' | 'limit' | 'sort'> & { pageSize?: number } = {},
  ): Promise<Collections[S][]> {
    const { pageSize = 100, where, ...rest } = query
    const docs: Collections[S][] = []
    let totalDocs: number | undefined
    let after: unknown
    for (;;) {
      const pageQuery: FindQuery = {
        ...rest,
        sort: 'id',
        limit: pageSize,
        ...(after === undefined
          ? where && { where }
          : { where: { ...where, id: { greater_than: after as string | number } } }),
      }
      const result = await find(collection, pageQuery)
      totalDocs ??= result.totalDocs
      docs.push(...result.docs)
      const last = result.docs.at(-1) as { id?: unknown } | undefined
      if (result.totalPages <= 1 || last?.id === undefined) {
        if (docs.length !== totalDocs) {
          throw new CmsRestError(
            { kind: 'changed-while-reading', totalDocs, received: docs.length },
            baseUrl,
            `${baseUrl}/api/${withQuery(collection, findParams(pageQuery))}`,
          )
        }
        return docs
      }
      after = last.id
    }
  }

  async function findByID<S extends Slug>(
    collection: S,
    id: string | number,
    query: Pick<FindQuery, 'locale' | 'depth' | 'draft'> = {},
  ): Promise<Collections[S]> {
    return (await request(
      'GET',
      withQuery(`${collection}/${id}`, findParams(query)),
    )) as Collections[S]
  }

  /** Changes one document; `_status: 'published'` in `data` publishes it. */
  async function update<S extends Slug>(
    collection: S,
    id: string | number,
    data: UpdateData<Collections[S]>,
    query: Pick<FindQuery, 'locale' | 'depth' | 'draft'> = {},
  ): Promise<{ doc: Collections[S]; message?: string }> {
    return (await request('PATCH', withQuery(`${collection}/${id}`, findParams(query)), data)) as {
      doc: Collections[S]
      message?: string
    }
  }

  /**
   * One global (`GET /api/globals/<slug>`), as the signed-in user (or anyone) may read it. Payload
   * answers with the global's fields, its defaults filled in when it was never saved.
   */
  async function findGlobal<G extends GlobalSlug>(
    global: G,
    query: Pick<FindQuery, 'locale' | 'depth' | 'draft'> = {},
  ): Promise<Globals[G]> {
    const pathAndQuery = withQuery(`globals/${global}`, findParams(query))
    const body = await request('GET', pathAndQuery)
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new CmsRestError(
        { kind: 'unexpected-shape', expected: 'a Payload global' },
        baseUrl,
        `${baseUrl}/api/${pathAndQuery}`,
      )
    }
    return body as Globals[G]
  }

  /** Signs a user in; the token is for `withToken`. */
  async function login(
    credentials: { email: string; password: string },
    collection: Slug = 'users' as Slug,
  ): Promise<string> {
    const body = (await request('POST', `${collection}/login`, credentials)) as {
      token?: unknown
    }
    if (typeof body.token !== 'string') {
      throw new CmsRestError(
        { kind: 'unexpected-shape', expected: 'a sign-in token' },
        baseUrl,
        `${baseUrl}/api/${collection}/login`,
      )
    }
    return body.token
  }

  /** The same client, acting as the signed-in user whose token this is. */
  const withToken = (token: string) =>
    createCmsRestClient<Collections, Globals>({ ...options, token })

  return { baseUrl, find, findAll, findByID, findGlobal, update, login, withToken }
}

export type CmsRestClient<
  Collections extends Record<string, unknown> = Record<string, unknown>,
  Globals extends Record<string, unknown> = Record<string, unknown>,
> = ReturnType<typeof createCmsRestClient<Collections, Globals>>
