/**
 * Reads published content from the CMS's REST API. The one path the site takes to the CMS.
 * Anything that goes wrong throws a CmsError whose message says what to fix: the build must
 * stop rather than publish an empty or partial site.
 */
export class CmsError extends Error {
  override name = 'CmsError'
}

export interface CmsClientOptions {
  /** The CMS's base URL, e.g. http://127.0.0.1:3000 */
  baseUrl: string
  /** Page size for list requests. */
  pageSize?: number
  fetch?: typeof fetch
  timeoutMs?: number
}

interface ListResponse {
  docs: unknown[]
  totalDocs: number
  totalPages: number
  page: number
}

function isListResponse(value: unknown): value is ListResponse {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    Array.isArray(v.docs) &&
    typeof v.totalDocs === 'number' &&
    typeof v.totalPages === 'number' &&
    typeof v.page === 'number'
  )
}

export interface ListQuery {
  /** Only documents whose `_status` is published (collections with drafts). */
  publishedOnly: boolean
  depth: number
}

export function createCmsClient(options: CmsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const pageSize = options.pageSize ?? 100
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 30_000

  async function getJson(url: string): Promise<unknown> {
    let response: Response
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error)
      throw new CmsError(
        `Could not reach the CMS at ${baseUrl} (${reason}). ` +
          'Start the CMS first (npm start does this) or set CMS_URL to where it runs.',
      )
    }
    if (!response.ok) {
      throw new CmsError(
        `The CMS at ${baseUrl} answered ${response.status} ${response.statusText} for ${url}. ` +
          'Check that the CMS is running the same version as the site and that its database is migrated.',
      )
    }
    try {
      return await response.json()
    } catch {
      throw new CmsError(`The CMS at ${baseUrl} sent a response that is not JSON for ${url}.`)
    }
  }

  /** Every document of a collection, in every locale (`locale=all`), page by page. */
  async function listAll(collection: string, query: ListQuery): Promise<unknown[]> {
    const docs: unknown[] = []
    for (let page = 1; ; page++) {
      const params = new URLSearchParams({
        locale: 'all',
        depth: String(query.depth),
        limit: String(pageSize),
        page: String(page),
        sort: 'id',
      })
      if (query.publishedOnly) {
        params.set('where[_status][equals]', 'published')
        params.set('draft', 'false')
      }
      const url = `${baseUrl}/api/${collection}?${params}`
      const body = await getJson(url)
      if (!isListResponse(body)) {
        throw new CmsError(
          `The CMS's list of ${collection} (${url}) is not a Payload list response.`,
        )
      }
      docs.push(...body.docs)
      if (page >= body.totalPages) {
        if (docs.length !== body.totalDocs) {
          throw new CmsError(
            `The CMS said it has ${body.totalDocs} ${collection} but sent ${docs.length}; ` +
              'content changed during the build. Run the build again.',
          )
        }
        return docs
      }
    }
  }

  return { baseUrl, listAll }
}

export type CmsClient = ReturnType<typeof createCmsClient>
