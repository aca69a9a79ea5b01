/**
 * Each listing page's index-only part (indexOnly.ts), kept beside the release in the build's
 * content cache (SITE_CONTENT_CACHE), so that the next build makes it again only for listings
 * that changed (issue 14 item 1: at 10,000 listings × 3 languages, making every part took 11 s of
 * a one-listing publish).
 *
 * A part is a function of the listing, its language and what every part is made with (the word
 * groups, localities and sub-categories, and the site's code): the `basis`. A part is reused when
 * the basis is the same and its listing's fingerprint is what it was, so the file is the same as
 * one made from nothing (the incremental build's output is byte-identical to a full build's).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { writeCacheFile } from '../incremental/contentCache'

/** Bumped when the file's shape changes: an older file is then not read. */
const PARTS_VERSION = 1
const PARTS_FILE = 'search-index-only.json'

export interface IndexOnlyPart {
  /** The fingerprint of the listing the part was made from. */
  listing: string
  html: string
}

export interface IndexOnlyParts {
  version: number
  basis: string
  /** By the built page the part belongs to (`pl/services/<slug>/index.html`). */
  parts: Record<string, IndexOnlyPart>
}

/** The previous build's parts, when they were made on the same basis; otherwise null. */
export async function readIndexOnlyParts(
  dir: string | undefined,
  basis: string,
): Promise<Record<string, IndexOnlyPart> | null> {
  if (!dir) return null
  try {
    const earlier = JSON.parse(await readFile(path.join(dir, PARTS_FILE), 'utf8')) as IndexOnlyParts
    return earlier?.version === PARTS_VERSION &&
      earlier.basis === basis &&
      typeof earlier.parts === 'object'
      ? earlier.parts
      : null
  } catch {
    return null
  }
}

export async function writeIndexOnlyParts(
  dir: string | undefined,
  basis: string,
  parts: Record<string, IndexOnlyPart>,
): Promise<void> {
  if (!dir) return
  const contents: IndexOnlyParts = { version: PARTS_VERSION, basis, parts }
  await writeCacheFile(path.join(dir, PARTS_FILE), JSON.stringify(contents))
}

export interface PagePart<Listing> {
  file: string
  listing: Listing
}

/**
 * Every page's part, reusing an earlier one whose listing has the same fingerprint and making
 * the rest; with how many were made and reused.
 */
export function partsFor<Listing, Page extends PagePart<Listing>>(
  pages: readonly Page[],
  earlier: Record<string, IndexOnlyPart> | null,
  fingerprint: (listing: Listing) => string,
  make: (page: Page) => string,
): { parts: Record<string, IndexOnlyPart>; made: number; reused: number } {
  const parts: Record<string, IndexOnlyPart> = {}
  let made = 0
  for (const page of pages) {
    const listing = fingerprint(page.listing)
    const before = earlier?.[page.file]
    if (before && before.listing === listing && typeof before.html === 'string') {
      parts[page.file] = before
    } else {
      parts[page.file] = { listing, html: make(page) }
      made++
    }
  }
  return { parts, made, reused: pages.length - made }
}
