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
 * @param {string} siteDir the built site
 * @returns {Promise<{ pages: number }>}
 */
export async function indexSite(siteDir) {
  const onlyFile = path.join(siteDir, INDEX_ONLY_FILE)
  /** @type {Record<string, string>} */
  const indexOnly = JSON.parse(await readFile(onlyFile, 'utf8'))
  await rm(onlyFile)
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    let pages = 0
    for (const file of await htmlFiles(siteDir)) {
      const sourcePath = path.relative(siteDir, file).split(path.sep).join('/')
      if (sourcePath.startsWith('pagefind/')) continue
      let content = withoutAnchors(await readFile(file, 'utf8'))
      const extra = indexOnly[sourcePath]
      if (extra) {
        const end = content.lastIndexOf('</article>')
        if (end < 0) throw new Error(`${sourcePath}: no </article> to add its search filters to`)
        content = content.slice(0, end) + extra + content.slice(end)
      }
      const added = await index.addHTMLFile({ sourcePath, content })
      if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`)
      pages++
    }
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
