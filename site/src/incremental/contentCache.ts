/**
 * What a build read from the CMS, kept beside its release so the next build asks the CMS only
 * for what changed since (issue 14 item 1: "content that didn't change is not fetched again").
 *
 * For each collection that opts in (payloadLoader's `reuseUnchanged`), the build writes every
 * document's `updatedAt` and the entry the site made of it to SITE_CONTENT_CACHE/<collection>.
 * The next build reads the previous release's (SITE_PREVIOUS_CONTENT_CACHE), asks the CMS for
 * each document's `updatedAt` only, and fetches in full just the new and changed documents.
 *
 * Entries are reused only when they were made the same way from the same surroundings: the
 * `basis` fingerprints the site's code and build settings, the documents held back, and the
 * state of every collection the documents' content is populated from (a changed organisation or
 * image changes a listing without changing its `updatedAt`, so then every listing is fetched).
 * A document whose rich text links to another document is always fetched again.
 *
 * Entries are written with devalue, as Astro's own data store is, so a reused entry is the
 * same value (undefined fields included) that the CMS's answer was mapped to.
 */
import * as devalue from 'devalue'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Bumped when the file's shape changes: an older file is then not read. */
const CACHE_VERSION = 1

export interface CachedDocument<Entry> {
  updatedAt: string
  /** What the site made of the document, or null when it left the document out (`keep`). */
  entry: Entry | null
  /** Its rich text links to other documents: fetch it again every build. */
  linksOut: boolean
}

export interface CollectionCache<Entry> {
  version: number
  basis: string
  documents: Record<string, CachedDocument<Entry>>
}

const fileFor = (dir: string, collection: string) => path.join(dir, `${collection}.devalue`)

/** The previous build's cache of a collection, or null when there is none or it is unreadable. */
export async function readCollectionCache<Entry>(
  dir: string | undefined,
  collection: string,
): Promise<CollectionCache<Entry> | null> {
  if (!dir) return null
  let text: string
  try {
    text = await readFile(fileFor(dir, collection), 'utf8')
  } catch {
    return null
  }
  try {
    const cache = devalue.parse(text) as CollectionCache<Entry>
    return cache?.version === CACHE_VERSION && typeof cache.documents === 'object' ? cache : null
  } catch {
    return null
  }
}

export async function writeCollectionCache<Entry>(
  dir: string | undefined,
  collection: string,
  cache: Omit<CollectionCache<Entry>, 'version'>,
): Promise<void> {
  if (!dir) return
  await writeCacheFile(
    fileFor(dir, collection),
    devalue.stringify({ version: CACHE_VERSION, ...cache }),
  )
}

/**
 * Writes a file of the build's content cache whole or not at all: a half-written file must never
 * be read as a whole one by the next build.
 */
export async function writeCacheFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, text)
  await rename(`${file}.tmp`, file)
}

/** Whether a document's content refers to other documents by way of a rich-text link. */
export function linksToOtherDocuments(raw: unknown): boolean {
  return /"linkType":"internal"|"relationTo":/.test(JSON.stringify(raw))
}

/** Where this build writes its cache and where the previous build's is (the publish command sets both). */
export function contentCacheDirsFromEnv(env: Record<string, string | undefined> = process.env): {
  write: string | undefined
  previous: string | undefined
  full: boolean
} {
  return {
    write: env.SITE_CONTENT_CACHE?.trim() || undefined,
    previous: env.SITE_PREVIOUS_CONTENT_CACHE?.trim() || undefined,
    full: env.SITE_FULL_BUILD?.trim() === '1',
  }
}
