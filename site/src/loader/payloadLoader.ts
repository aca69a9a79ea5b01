/**
 * The Astro content loader for the Local Offer: published content from the CMS's REST API,
 * checked (rawSchemas) and mapped (mapContent) into the site's model. Any failure stops the
 * build with a message that says what to fix.
 */
import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { cmsPublicUrl } from '../lib/siteConfig'
import { CmsError, createCmsClient } from './cmsClient'
import { heldBackFromEnv, isHeldBack } from './heldBack'
import type { MapContext } from './mapContent'

export interface PayloadLoaderOptions<Raw, Entry> {
  /** The Payload collection slug. */
  collection: string
  /**
   * Load only documents whose `_status` is published. True for every collection with drafts;
   * false for one without (it has no `_status`, and every document is public).
   */
  publishedOnly: boolean
  depth: number
  schema: z.ZodType<Raw>
  map: (raw: Raw, context: MapContext) => Entry
  /** Documents to leave out even though the CMS sent them. */
  keep?: (raw: Raw) => boolean
  /** Refuse to build when the CMS has none (an empty Local Offer is never right). */
  requireSome: boolean
  /** The CMS's URL; default CMS_URL or http://127.0.0.1:3000. */
  cmsUrl?: string
}

export function cmsUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.CMS_URL?.trim() || 'http://127.0.0.1:3000'
}

/**
 * `astro check` generates the content types by running the loaders; type-checking needs only
 * the schemas, not a running CMS. The site build refuses to run with this set (astro.config).
 */
export function typesOnly(env: Record<string, string | undefined> = process.env): boolean {
  return env.SITE_TYPES_ONLY === '1'
}

/** Checks every document against the schema and names each one that does not fit. */
export function checkDocuments<Raw>(
  collection: string,
  docs: unknown[],
  schema: z.ZodType<Raw>,
): Raw[] {
  const problems: string[] = []
  const checked: Raw[] = []
  docs.forEach((doc, index) => {
    const result = schema.safeParse(doc)
    if (result.success) {
      checked.push(result.data)
      return
    }
    const which =
      typeof doc === 'object' && doc !== null && 'id' in doc ? `id ${String(doc.id)}` : `#${index}`
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
      .join('; ')
    problems.push(`${collection} ${which}: ${issues}`)
  })
  if (problems.length > 0) {
    throw new CmsError(
      `The CMS sent ${problems.length} ${collection} document(s) the site cannot use:\n  ` +
        problems.slice(0, 20).join('\n  '),
    )
  }
  return checked
}

export function payloadLoader<Raw, Entry extends { id: string }>(
  options: PayloadLoaderOptions<Raw, Entry>,
): Loader {
  return {
    name: `payload-${options.collection}`,
    load: async ({ store, logger, parseData }) => {
      if (typesOnly()) {
        logger.info(`${options.collection}: types only (SITE_TYPES_ONLY), no content loaded`)
        return
      }
      const cmsUrl = options.cmsUrl ?? cmsUrlFromEnv()
      const client = createCmsClient({ baseUrl: cmsUrl })
      const docs = await client.listAll(options.collection, {
        publishedOnly: options.publishedOnly,
        depth: options.depth,
      })
      if (options.requireSome && docs.length === 0) {
        throw new CmsError(
          `The CMS at ${cmsUrl} has no published ${options.collection}. ` +
            'Refusing to build an empty Local Offer: publish content first (npm start loads the demo).',
        )
      }
      const heldBack = heldBackFromEnv()
      const wanted = docs.filter((doc) => !isHeldBack(options.collection, doc, heldBack))
      if (wanted.length < docs.length) {
        logger.warn(
          `${docs.length - wanted.length} ${options.collection} held back (SITE_HOLD_BACK)`,
        )
      }
      const entries = checkDocuments(options.collection, wanted, options.schema)
        .filter((raw) => options.keep?.(raw) ?? true)
        .map((raw) => options.map(raw, { cmsUrl, cmsPublicUrl: cmsPublicUrl() }))
      store.clear()
      for (const entry of entries) {
        // Astro stores entries as plain records; the mapped types come back through the schema.
        const data = await parseData({
          id: entry.id,
          data: { ...entry } as Record<string, unknown>,
        })
        store.set({ id: entry.id, data })
      }
      logger.info(`${entries.length} ${options.collection} from ${cmsUrl}`)
    },
  }
}
