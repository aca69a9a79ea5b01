/**
 * Reads an Open Referral UK feed, record by record, from:
 *  - a URL of the Local Offer's static feed (`…/openreferral/`: services/page/n.json and
 *    services/{id}.json) or of an Open Referral API (`/services?page=n`, `/services/{id}`);
 *  - a folder holding the static feed's files (services/page/n.json, services/{id}.json);
 *  - a folder of JSON files, each read as a file is (used when it has no services/page/1.json);
 *  - a JSON file: one service, an array of services, a page whose contents are services, a bare
 *    `{ "contents": [...] }` without the page fields, or the importer's own list of records
 *    that need sorting (`{ "records": [{ "record": ... }] }`).
 * A page that cannot be read stops the import (FeedError); a service that cannot be read is a
 * record with an error, and the rest go on.
 */
import { pageSchema } from '@local-offer/shared/openReferral'
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export type FeedRecord = { source: string; record: unknown } | { source: string; error: string }

export class FeedError extends Error {}

interface Fetcher {
  /** The JSON at a location, or undefined when there is none (HTTP 404, no such file). */
  json: (location: string) => Promise<unknown>
}

const httpFetcher: Fetcher = {
  json: async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } })
    if (response.status === 404) return undefined
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
    return response.json()
  },
}

const fileFetcher: Fetcher = {
  json: async (file) => {
    let content: string
    try {
      content = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    try {
      return JSON.parse(content) as unknown
    } catch (error) {
      throw new Error(`${file} is not JSON: ${(error as Error).message}`)
    }
  },
}

interface Layout {
  page: (n: number) => string
  service: (id: string) => string
}

const staticLayout = (base: string, join: (...parts: string[]) => string): Layout => ({
  page: (n) => join(base, 'services', 'page', `${n}.json`),
  service: (id) => join(base, 'services', `${encodeURIComponent(id)}.json`),
})

const urlJoin = (...parts: string[]) =>
  parts.map((part, i) => (i === 0 ? part.replace(/\/+$/, '') : part)).join('/')

const apiLayout = (base: string): Layout => ({
  page: (n) => `${base.replace(/\/+$/, '')}/services?page=${n}&per_page=50`,
  service: (id) => `${base.replace(/\/+$/, '')}/services/${encodeURIComponent(id)}`,
})

async function* followPages(fetcher: Fetcher, layout: Layout): AsyncGenerator<FeedRecord> {
  for (let n = 1; ; n++) {
    const location = layout.page(n)
    const raw = await fetcher.json(location).catch((error: Error) => {
      throw new FeedError(`Could not read page ${n} (${location}): ${error.message}`)
    })
    if (raw === undefined) throw new FeedError(`Page ${n} is missing (${location})`)
    const page = pageSchema.safeParse(raw)
    if (!page.success) {
      throw new FeedError(
        `Page ${n} (${location}) is not an Open Referral page: ` +
          page.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      )
    }
    for (const [index, item] of page.data.contents.entries()) {
      const id = (item as { id?: unknown } | null)?.id
      if (typeof id !== 'string' || id === '') {
        yield { source: `${location} entry ${index + 1}`, error: 'the list entry has no id' }
        continue
      }
      const serviceLocation = layout.service(id)
      try {
        const record = await fetcher.json(serviceLocation)
        yield record === undefined
          ? { source: serviceLocation, error: `the service ${id} is listed but not found` }
          : { source: serviceLocation, record }
      } catch (error) {
        yield { source: serviceLocation, error: (error as Error).message }
      }
    }
    if (page.data.last_page || n >= page.data.total_pages) return
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The records of one JSON document, whichever of the shapes above it has. */
function recordsIn(document: unknown): unknown[] {
  const page = pageSchema.safeParse(document)
  if (page.success) return page.data.contents
  if (Array.isArray(document)) return document
  if (isObject(document)) {
    // A bare `contents` list (no page fields): a list, not one service called "contents".
    if (Array.isArray(document.contents) && !('name' in document)) return document.contents
    if (Array.isArray(document.records) && !('name' in document)) {
      return document.records.map((entry) => (isObject(entry) ? entry.record : entry))
    }
    // An organisation with its services (GET /organizations/{id}): each service, with it.
    if (Array.isArray(document.services) && !('organization' in document)) {
      const { services, ...organization } = document
      return services.map((service) =>
        isObject(service) && !('organization' in service) ? { ...service, organization } : service,
      )
    }
    // A service at a location (GET /service_at_locations/{id}): the service, at that location.
    if (isObject(document.service) && isObject(document.location)) {
      const { service, location, id } = document
      return [
        {
          ...service,
          service_at_locations: [
            ...(Array.isArray(service.service_at_locations) ? service.service_at_locations : []),
            { id, location },
          ],
        },
      ]
    }
  }
  return [document]
}

function* recordsOfDocument(source: string, document: unknown): Generator<FeedRecord> {
  const records = recordsIn(document)
  for (const [index, record] of records.entries()) {
    yield { source: records.length > 1 ? `${source} #${index + 1}` : source, record }
  }
}

/** Every record of the feed at `location` (a URL, a folder or a JSON file). */
export async function* readFeed(location: string): AsyncGenerator<FeedRecord> {
  if (/^https?:\/\//i.test(location)) {
    if (/\.json($|\?)/i.test(location)) {
      const document = await httpFetcher.json(location)
      if (document === undefined) throw new FeedError(`Nothing at ${location}`)
      yield* recordsOfDocument(location, document)
      return
    }
    const staticFeed = staticLayout(location, urlJoin)
    const first = await httpFetcher.json(staticFeed.page(1)).catch(() => undefined)
    yield* followPages(httpFetcher, first === undefined ? apiLayout(location) : staticFeed)
    return
  }
  const info = await stat(location).catch(() => {
    throw new FeedError(`There is no file or folder at ${location}`)
  })
  if (info.isDirectory()) {
    const layout = staticLayout(location, path.join)
    if ((await stat(layout.page(1)).catch(() => undefined)) !== undefined) {
      yield* followPages(fileFetcher, layout)
      return
    }
    // Any other folder: each JSON file in it, in name order.
    const files = (await readdir(location)).filter((name) => /\.json$/i.test(name)).sort()
    if (files.length === 0) throw new FeedError(`The folder ${location} has no JSON files`)
    for (const name of files) {
      const file = path.join(location, name)
      const document = await fileFetcher.json(file).catch((error: Error) => ({ error }))
      if (isObject(document) && document.error instanceof Error) {
        yield { source: file, error: document.error.message }
        continue
      }
      yield* recordsOfDocument(file, document)
    }
    return
  }
  const document = await fileFetcher.json(location).catch((error: Error) => {
    throw new FeedError(error.message)
  })
  yield* recordsOfDocument(location, document)
}
