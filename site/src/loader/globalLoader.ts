/**
 * The Astro content loader for one CMS global (a council-wide setting): read from the REST API,
 * checked against its schema (rawSchemas) and stored as a collection with a single entry whose
 * id is the global's slug, so a page reads it with `getEntry(collection, slug)`. Like the
 * collection loader, any failure stops the build with a message that says what to fix: a page
 * must never state a default where the council set something else.
 */
import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { cmsPublicUrl } from '../lib/siteConfig'
import { createCmsClient, type GlobalQuery } from './cmsClient'
import type { MapContext } from './mapContent'
import { checkDocuments, cmsUrlFromEnv, typesOnly } from './payloadLoader'

export interface GlobalLoaderOptions<Raw, Entry extends { id: string }> {
  /** The Payload global's slug; also the id of the one entry. */
  global: Entry['id']
  schema: z.ZodType<Raw>
  map: (raw: Raw, context: MapContext) => Entry
  /** Depth and locale of the request (default: depth 0, the default locale). */
  query?: GlobalQuery
  /** The CMS's URL; default CMS_URL or http://127.0.0.1:3000. */
  cmsUrl?: string
  fetch?: typeof fetch
}

/** Reads, checks and maps the global: the whole of the loader but Astro's store. */
export async function readGlobalEntry<Raw, Entry extends { id: string }>(
  options: GlobalLoaderOptions<Raw, Entry>,
): Promise<Entry> {
  const cmsUrl = options.cmsUrl ?? cmsUrlFromEnv()
  const client = createCmsClient({ baseUrl: cmsUrl, fetch: options.fetch })
  const raw = await client.readGlobal(options.global, options.query)
  // A global has no id of its own in the answer; name it by its slug if it does not fit.
  const [checked] = checkDocuments(
    `${options.global} global`,
    [{ ...(raw as object), id: options.global }],
    options.schema,
  )
  if (checked === undefined) throw new Error(`unreachable: ${options.global} was checked`)
  return options.map(checked, { cmsUrl, cmsPublicUrl: cmsPublicUrl() })
}

export function payloadGlobalLoader<Raw, Entry extends { id: string }>(
  options: GlobalLoaderOptions<Raw, Entry>,
): Loader {
  return {
    name: `payload-global-${options.global}`,
    load: async ({ store, logger, parseData }) => {
      if (typesOnly()) {
        logger.info(`${options.global}: types only (SITE_TYPES_ONLY), no content loaded`)
        return
      }
      const entry = await readGlobalEntry(options)
      const data = await parseData({ id: entry.id, data: { ...entry } as Record<string, unknown> })
      store.clear()
      store.set({ id: entry.id, data })
      logger.info(`${options.global} global from ${options.cmsUrl ?? cmsUrlFromEnv()}`)
    },
  }
}
