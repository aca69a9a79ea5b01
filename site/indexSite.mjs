// @ts-check
/**
 * Builds the Pagefind search index of a built site (Pagefind's Node API rather than its command
 * line): each page as it is on disk, and each listing page with the part only the index needs
 * (its filters, places and extra words: src/searchIndex/indexOnly.ts) added before </article>.
 * That part comes from search-index-only.json, which the Astro build writes and this deletes,
 * so it is never published. Then it writes near-me search's places file (searchPlaces.mjs).
 *
 *   node indexSite.mjs dist
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

import { writeSearchPlaces } from './searchPlaces.mjs'

const INDEX_ONLY_FILE = 'search-index-only.json'

/**
 * What the index leaves out of every page: words on every listing that nobody searches for and
 * that the results never show (the key facts' and contacts' labels, the section headings, phone
 * numbers, e-mail and web addresses, "Get directions", "Show map", "Report a problem", the
 * glossary links' hint). Each result's fragment, which the search page fetches to show it, and the
 * index chunks are smaller for it. The page itself is unchanged; filters and metadata come from
 * elements these never match.
 */
export const EXCLUDED_FROM_INDEX = [
  '.lo-facts dt',
  'h2[data-lo-section]',
  'a[href^="tel:"]',
  'a[href^="mailto:"]',
  'a.lo-break',
  '.lo-location a[rel="noopener"]',
  '.lo-location h4',
  'button',
  '[data-lo-glossary-hint]',
  'a[href="report-a-problem/"]',
]

/** A listing's sections, whose headings are the same on every listing (see withoutAnchors). */
const SECTION_HEADING = /<h2 id="(about|who|access|cost|contact|where|when|complain)"/g

/**
 * The page as the index reads it, without the ids of the headings every listing repeats and of
 * the glossary hint. Pagefind keeps every element id in the body as an anchor in the result's
 * fragment, even when the element itself is left out of the index: ~0.1 KB gzip a result
 * that the search page never uses.
 * @param {string} html
 */
export function withoutAnchors(html) {
  return html
    .replace(SECTION_HEADING, '<h2 data-lo-section="$1"')
    .replace('<span id="glossary-hint" hidden>', '<span data-lo-glossary-hint hidden>')
}

/** @param {string} dir */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * How many pages are read ahead of the one being given to Pagefind, and given to it before it has
 * answered. Pagefind's service indexes one page at a time, in the order they reach it; with pages
 * queued it never waits for this process to read and edit the next one.
 */
const IN_FLIGHT = 16

/**
 * A page with `data-pagefind-body` (the site's listing and content pages have it on their
 * <article>). Once any page has it, Pagefind leaves every page without it out of the index, so
 * those pages (the report-a-problem forms, the category and other pages) are not sent at all: at
 * 10,000 listings that is half the pages. Matching the words anywhere in a tag or text only
 * sends a page Pagefind would have left out anyway.
 */
const CUSTOM_BODY = /\sdata-pagefind-body(?=[\s=>/])/i

/**
 * The page as Pagefind is given it: without the repeated anchors (withoutAnchors), and a listing
 * page with its index-only part before </article>.
 * @param {string} siteDir
 * @param {Record<string, string>} indexOnly
 * @param {string} sourcePath
 */
async function pageForIndex(siteDir, indexOnly, sourcePath) {
  const content = withoutAnchors(await readFile(path.join(siteDir, sourcePath), 'utf8'))
  const extra = indexOnly[sourcePath]
  if (!extra) return content
  const end = content.lastIndexOf('</article>')
  if (end < 0) throw new Error(`${sourcePath}: no </article> to add its search filters to`)
  return content.slice(0, end) + extra + content.slice(end)
}

/**
 * Each page in `sourcePaths`' order, read up to IN_FLIGHT pages ahead.
 * @param {string[]} sourcePaths
 * @param {(sourcePath: string) => Promise<string>} read
 * @returns {AsyncGenerator<[string, string]>}
 */
async function* readAhead(sourcePaths, read) {
  /** @type {Promise<string>[]} */
  const reading = []
  let next = 0
  for (const sourcePath of sourcePaths) {
    while (next < sourcePaths.length && reading.length < IN_FLIGHT) {
      const page = read(/** @type {string} */ (sourcePaths[next++]))
      // Handled here so that a read left behind by an earlier failure is not an unhandled
      // rejection; awaiting it below still throws.
      page.catch(() => {})
      reading.push(page)
    }
    yield [sourcePath, await /** @type {Promise<string>} */ (reading.shift())]
  }
}

/**
 * Gives Pagefind every page in `sourcePaths`, in that order (the index depends on it: each page's
 * number in it is the order it arrived in), with up to IN_FLIGHT of them waiting for its answer.
 * Pages without data-pagefind-body are left out when any page has it; when none has it, every
 * page is given, as Pagefind then indexes every page.
 * @param {import('pagefind').PagefindIndex} index
 * @param {string} siteDir
 * @param {Record<string, string>} indexOnly
 * @param {string[]} sourcePaths
 * @returns {Promise<number>} how many pages Pagefind was given
 */
async function addPages(index, siteDir, indexOnly, sourcePaths) {
  /** @type {unknown} */
  let failure
  /** @type {Set<Promise<void>>} */
  const waiting = new Set()
  /** @param {string} sourcePath @param {string} content */
  const add = (sourcePath, content) => {
    const added = index
      .addHTMLFile({ sourcePath, content })
      .then((result) => {
        if (result.errors.length > 0) throw new Error(`${sourcePath}: ${result.errors.join('; ')}`)
      })
      .catch((error) => {
        failure ??= error
      })
      .finally(() => waiting.delete(added))
    waiting.add(added)
  }
  const read = (/** @type {string} */ sourcePath) => pageForIndex(siteDir, indexOnly, sourcePath)
  /** @type {string[]} */
  const withoutBody = []
  let given = 0
  for await (const [sourcePath, content] of readAhead(sourcePaths, read)) {
    if (failure) break
    if (!CUSTOM_BODY.test(content)) {
      withoutBody.push(sourcePath)
      continue
    }
    add(sourcePath, content)
    given++
    if (waiting.size >= IN_FLIGHT) await Promise.race(waiting)
  }
  if (given === 0) {
    // No page has data-pagefind-body (none has been given yet): Pagefind indexes them all.
    for await (const [sourcePath, content] of readAhead(withoutBody, read)) {
      if (failure) break
      add(sourcePath, content)
      given++
      if (waiting.size >= IN_FLIGHT) await Promise.race(waiting)
    }
  }
  await Promise.all(waiting)
  if (failure) throw failure
  return given
}

/**
 * @param {string} siteDir the built site
 * @returns {Promise<{ pages: number }>} how many pages Pagefind was given
 */
export async function indexSite(siteDir) {
  const onlyFile = path.join(siteDir, INDEX_ONLY_FILE)
  /** @type {Record<string, string>} */
  const indexOnly = JSON.parse(await readFile(onlyFile, 'utf8'))
  await rm(onlyFile)
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const sourcePaths = (await htmlFiles(siteDir))
      .map((file) => path.relative(siteDir, file).split(path.sep).join('/'))
      .filter((sourcePath) => !sourcePath.startsWith('pagefind/'))
    const pages = await addPages(index, siteDir, indexOnly, sourcePaths)
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
    // Near-me search's file of each result's venues, keyed by the ids Pagefind just gave them.
    await writeSearchPlaces(siteDir)
    return { pages }
  } finally {
    await pagefind.close()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('Usage: node indexSite.mjs <built site folder>')
    process.exit(2)
  }
  const { pages } = await indexSite(path.resolve(dir))
  console.log(`Pagefind: indexed ${pages} pages`)
}
