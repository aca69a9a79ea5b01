/**
 * Reads published content from the CMS's REST API. The one path the site takes to the CMS.
 * Requests go through the shared REST client (`@local-offer/shared/cmsRest`); this module words
 * its failures for whoever runs the build. Anything that goes wrong throws a CmsError whose
 * message says what to fix: the build must stop rather than publish an empty or partial site.
 */
import {
  CmsRestError,
  createCmsRestClient,
  unreachableCause,
  type FindQuery,
} from '@local-offer/shared/cmsRest'

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

/** How to read a global: depth 0 and the default locale unless asked otherwise. */
export interface GlobalQuery {
  depth?: number
  /** 'all' for localized fields, one entry per locale. */
  locale?: 'all'
}

export interface ListQuery {
  /** Only documents whose `_status` is published (collections with drafts). */
  publishedOnly: boolean
  depth: number
}

/**
 * The build's message for a failed request: what happened, and what to do about it. `what` is the
 * collection or global asked for.
 */
function buildMessage(error: CmsRestError, what: string): string {
  const { failure, baseUrl, url } = error
  switch (failure.kind) {
    case 'unreachable':
      return (
        `Could not reach the CMS at ${baseUrl} (${unreachableCause(failure.error)}). ` +
        'Start the CMS first (npm start does this) or set CMS_URL to where it runs.'
      )
    case 'status':
      return (
        `The CMS at ${baseUrl} answered ${failure.status} ${failure.statusText} for ${url}. ` +
        'Check that the CMS is running the same version as the site and that its database is migrated.'
      )
    case 'not-json':
      return `The CMS at ${baseUrl} sent a response that is not JSON for ${url}.`
    case 'unexpected-shape':
      return failure.expected === 'a Payload global'
        ? `The CMS's ${what} global (${url}) is not a Payload global response.`
        : `The CMS's list of ${what} (${url}) is not a Payload list response.`
    case 'changed-while-reading':
      return (
        `The CMS said it has ${failure.totalDocs} ${what} but sent ${failure.received}; ` +
        'content changed during the build. Run the build again.'
      )
  }
}

/** A document's id and the time it last changed. */
export interface DocumentVersion {
  id: string
  updatedAt: string
}

export function createCmsClient(options: CmsClientOptions) {
  // Documents stay `unknown` here: the loader checks each one against its schema (rawSchemas).
  const rest = createCmsRestClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })

  const published = (query: { publishedOnly: boolean }): Pick<FindQuery, 'where' | 'draft'> =>
    query.publishedOnly ? { where: { _status: { equals: 'published' } }, draft: false } : {}

  /** Runs a request, turning the REST client's failure into the build's worded CmsError. */
  const worded = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      if (error instanceof CmsRestError) throw new CmsError(buildMessage(error, what))
      throw error
    }
  }

  /** Every document of a collection, in every locale (`locale=all`), page by page. */
  async function listAll(collection: string, query: ListQuery): Promise<unknown[]> {
    return worded(collection, () =>
      rest.findAll(collection, {
        locale: 'all',
        depth: query.depth,
        pageSize: options.pageSize ?? 100,
        ...published(query),
      }),
    )
  }

  /**
   * Each document's id and when it last changed (`updatedAt`), without its content: what a build
   * compares with the previous build's to ask only for what changed (src/incremental/contentCache.ts).
   */
  async function listVersions(
    collection: string,
    query: { publishedOnly: boolean },
  ): Promise<DocumentVersion[]> {
    const docs = await worded(collection, () =>
      rest.findAll(collection, {
        depth: 0,
        pageSize: 1000,
        select: ['updatedAt'],
        ...published(query),
      }),
    )
    return docs.map((doc) => {
      const { id, updatedAt } = (doc ?? {}) as { id?: unknown; updatedAt?: unknown }
      if ((typeof id !== 'string' && typeof id !== 'number') || typeof updatedAt !== 'string') {
        throw new CmsError(
          `The CMS's list of ${collection} gave a document without an id or updatedAt: ${JSON.stringify(doc).slice(0, 200)}`,
        )
      }
      return { id: String(id), updatedAt }
    })
  }

  /**
   * The documents with these ids, in every locale, as `listAll` reads them. Fails when one is
   * missing (unpublished or deleted since the ids were read): a partial list is never right.
   */
  async function listByIds(
    collection: string,
    ids: readonly string[],
    query: ListQuery,
  ): Promise<unknown[]> {
    const docs: unknown[] = []
    const chunk = options.pageSize ?? 100
    for (let first = 0; first < ids.length; first += chunk) {
      const wanted = ids.slice(first, first + chunk)
      const { where = {}, ...publishedOnly } = published(query)
      const result = await worded(collection, () =>
        rest.find(collection, {
          locale: 'all',
          depth: query.depth,
          limit: wanted.length,
          sort: 'id',
          ...publishedOnly,
          where: { ...where, id: { in: wanted.join(',') } },
        }),
      )
      if (result.docs.length !== wanted.length) {
        throw new CmsError(
          `The CMS sent ${result.docs.length} of the ${wanted.length} ${collection} asked for by id; ` +
            'content changed during the build. Run the build again.',
        )
      }
      docs.push(...result.docs)
    }
    return docs
  }

  /**
   * How many documents a collection has and when the latest changed: two builds that read the
   * same state saw the same documents (a new, changed or deleted one changes one of the two).
   */
  async function collectionState(collection: string): Promise<string> {
    const result = await worded(collection, () =>
      rest.find(collection, { depth: 0, limit: 1, sort: '-updatedAt', select: ['updatedAt'] }),
    )
    const latest = (result.docs[0] as { updatedAt?: unknown } | undefined)?.updatedAt
    return `${result.totalDocs}@${typeof latest === 'string' ? latest : ''}`
  }

  /** One global, in the default locale (the settings the site reads are not localized). */
  async function readGlobal(global: string, query: GlobalQuery = {}): Promise<unknown> {
    return worded(global, () =>
      rest.findGlobal(global, { depth: query.depth ?? 0, locale: query.locale }),
    )
  }

  return {
    baseUrl: rest.baseUrl,
    listAll,
    listVersions,
    listByIds,
    collectionState,
    readGlobal,
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
