/**
 * The Astro content loader for the Local Offer: published content from the CMS's REST API,
 * checked (rawSchemas) and mapped (mapContent) into the site's model. Any failure stops the
 * build with a message that says what to fix.
 */
import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { fileURLToPath } from 'node:url'

import { codeFingerprint } from '../incremental/codeFingerprint'
import {
  contentCacheDirsFromEnv,
  linksToOtherDocuments,
  readCollectionCache,
  writeCollectionCache,
  type CachedDocument,
} from '../incremental/contentCache'
import { fingerprintOf } from '../incremental/fingerprint'
import { cmsPublicUrl } from '../lib/siteConfig'
import { CmsError, createCmsClient, type CmsClient } from './cmsClient'
import { heldBackFromEnv, isHeldBack, type HeldBack } from './heldBack'
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
  /**
   * Ask the CMS only for the documents changed since the previous build and reuse the rest
   * (src/incremental/contentCache.ts). `dependsOn`: the collections the documents' content is
   * populated from at this depth; a change in any of them makes the build read every document.
   */
  reuseUnchanged?: { dependsOn: readonly string[] }
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

/** A document the CMS sent, checked and mapped: its entry is null when `keep` left it out. */
interface MappedDocument<Entry> {
  id: string
  document: CachedDocument<Entry>
}

function mapDocuments<Raw, Entry extends { id: string }>(
  options: PayloadLoaderOptions<Raw, Entry>,
  docs: unknown[],
  context: MapContext,
): MappedDocument<Entry>[] {
  const checked = checkDocuments(options.collection, docs, options.schema)
  return checked.map((raw, index) => {
    const sent = docs[index] as { id?: unknown; updatedAt?: unknown }
    return {
      id: String(sent.id),
      document: {
        updatedAt: typeof sent.updatedAt === 'string' ? sent.updatedAt : '',
        entry: (options.keep?.(raw) ?? true) ? options.map(raw, context) : null,
        linksOut: linksToOtherDocuments(sent),
      },
    }
  })
}

interface ReadDocuments<Entry> {
  /** Every document in id order, as the CMS lists them. */
  documents: MappedDocument<Entry>[]
  /** How the documents were read, for the build log. */
  how: string
}

/**
 * Only the new and changed documents from the CMS, the rest from the previous build's cache,
 * when that cache was made the same way from the same surroundings (src/incremental/contentCache.ts);
 * otherwise null.
 */
async function readChangedOnly<Raw, Entry extends { id: string }>(
  options: PayloadLoaderOptions<Raw, Entry>,
  client: CmsClient,
  basis: string,
  previousDir: string | undefined,
  context: MapContext,
): Promise<ReadDocuments<Entry> | null> {
  const previous = await readCollectionCache<Entry>(previousDir, options.collection)
  if (!previous || previous.basis !== basis) return null
  const versions = await client.listVersions(options.collection, options)
  const changed = versions.filter(({ id, updatedAt }) => {
    const cached = previous.documents[id]
    return !cached || cached.updatedAt !== updatedAt || cached.linksOut
  })
  const fetched = mapDocuments(
    options,
    await client.listByIds(
      options.collection,
      changed.map(({ id }) => id),
      options,
    ),
    context,
  )
  const byId = new Map(fetched.map((doc) => [doc.id, doc]))
  const documents = versions.map(({ id }) => {
    const read = byId.get(id)
    if (read) return read
    const cached = previous.documents[id]
    if (!cached) throw new CmsError(`${options.collection} id ${id} was neither read nor cached`)
    return { id, document: cached }
  })
  return {
    documents,
    how: `${changed.length} new or changed of ${versions.length} read from the CMS, the rest reused from the previous build`,
  }
}

/** Every document from the CMS but those held back from this build (SITE_HOLD_BACK). */
async function readEvery<Raw, Entry extends { id: string }>(
  options: PayloadLoaderOptions<Raw, Entry>,
  client: CmsClient,
  heldBack: HeldBack,
  context: MapContext,
  warnHeldOut: (count: number) => void,
): Promise<ReadDocuments<Entry>> {
  const docs = await client.listAll(options.collection, {
    publishedOnly: options.publishedOnly,
    depth: options.depth,
  })
  const wanted = docs.filter((doc) => !isHeldBack(options.collection, doc, heldBack))
  if (wanted.length < docs.length) warnHeldOut(docs.length - wanted.length)
  return { documents: mapDocuments(options, wanted, context), how: 'every one read from the CMS' }
}

export function payloadLoader<Raw, Entry extends { id: string }>(
  options: PayloadLoaderOptions<Raw, Entry>,
): Loader {
  return {
    name: `payload-${options.collection}`,
    load: async ({ store, logger, parseData, config }) => {
      if (typesOnly()) {
        logger.info(`${options.collection}: types only (SITE_TYPES_ONLY), no content loaded`)
        return
      }
      const cmsUrl = options.cmsUrl ?? cmsUrlFromEnv()
      const client = createCmsClient({ baseUrl: cmsUrl })
      const context: MapContext = { cmsUrl, cmsPublicUrl: cmsPublicUrl() }
      const heldBack = heldBackFromEnv()
      const cacheDirs = contentCacheDirsFromEnv()
      const reuse = options.reuseUnchanged
      // What cached entries must have been made with to be reused: this code and settings, and
      // the collections the documents are populated from as they are now. Nothing is reused in a
      // build that holds documents of this collection back (they are named by id or slug).
      const basis =
        reuse && !heldBack[options.collection]?.length
          ? fingerprintOf({
              code: await codeFingerprint(fileURLToPath(config.root)),
              collection: options.collection,
              depth: options.depth,
              dependsOn: await Promise.all(
                reuse.dependsOn.map(async (dep) => [dep, await client.collectionState(dep)]),
              ),
            })
          : null
      const read =
        (basis && !cacheDirs.full
          ? await readChangedOnly(options, client, basis, cacheDirs.previous, context)
          : null) ??
        (await readEvery(options, client, heldBack, context, (heldOut) =>
          logger.warn(`${heldOut} ${options.collection} held back (SITE_HOLD_BACK)`),
        ))
      if (options.requireSome && read.documents.length === 0) {
        throw new CmsError(
          `The CMS at ${cmsUrl} has no published ${options.collection}. ` +
            'Refusing to build an empty Local Offer: publish content first (npm start loads the demo).',
        )
      }
      store.clear()
      let entries = 0
      for (const { document } of read.documents) {
        if (!document.entry) continue
        // Astro stores entries as plain records; the mapped types come back through the schema.
        const data = await parseData({
          id: document.entry.id,
          data: { ...document.entry } as Record<string, unknown>,
        })
        store.set({ id: document.entry.id, data })
        entries++
      }
      if (basis) {
        await writeCollectionCache(cacheDirs.write, options.collection, {
          basis,
          documents: Object.fromEntries(read.documents.map(({ id, document }) => [id, document])),
        })
      }
      logger.info(`${entries} ${options.collection} from ${cmsUrl} (${read.how})`)
    },
  }
}
