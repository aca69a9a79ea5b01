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
import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import { fdir } from 'fdir'

import { writeSearchPlaces } from './searchPlaces.mjs'

/** What the Astro build writes beside the pages for the index only (read, then deleted here). */
export const INDEX_ONLY_FILE = 'search-index-only.json'

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

/**
 * Every page in the folder. fdir reads folders side by side: at 10,000 listings a site has 60,000
 * folders, which Node's recursive readdir reads one after another (seconds, not under one).
 * @param {string} dir
 */
async function htmlFiles(dir) {
  return new fdir()
    .withFullPaths()
    .filter((file) => file.endsWith('.html'))
    .crawl(dir)
    .withPromise()
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
 * The pages Pagefind is given, in `sourcePaths`' order: those with data-pagefind-body, or every
 * page when none has it (Pagefind then indexes every page; none has been given before then).
 * @param {string[]} sourcePaths
 * @param {(sourcePath: string) => Promise<string>} read
 * @param {(sourcePath: string, content: string) => Promise<void>} give
 * @param {boolean} [everyPage] give the pages without data-pagefind-body too
 * @returns {Promise<{ given: number, withoutBody: string[] }>}
 */
async function givePages(sourcePaths, read, give, everyPage = false) {
  /** @type {string[]} */
  const withoutBody = []
  let given = 0
  for await (const [sourcePath, content] of readAhead(sourcePaths, read)) {
    if (!everyPage && !CUSTOM_BODY.test(content)) {
      withoutBody.push(sourcePath)
      continue
    }
    await give(sourcePath, content)
    given++
  }
  return { given, withoutBody }
}

/**
 * The whole site in one Pagefind index (when the pages cannot be split by language), the pages
 * given to it in `sourcePaths`' order.
 * @param {string[]} sourcePaths
 * @param {(sourcePath: string) => Promise<string>} read
 * @param {string} outputPath
 * @returns {Promise<number>} how many pages Pagefind was given
 */
async function indexTogether(sourcePaths, read, outputPath) {
  // The same worker that indexes one language (indexLanguage.mjs), given every page.
  const worker = languageWorker(outputPath)
  try {
    /** @param {string} sourcePath @param {string} content */
    const give = (sourcePath, content) => worker.give(sourcePath, content)
    let { given, withoutBody } = await givePages(sourcePaths, read, give)
    if (given === 0) given = (await givePages(withoutBody, read, give, true)).given
    worker.finish()
    await worker.written
    return given
  } finally {
    await worker.terminate()
  }
}

/** The language of a page as Pagefind reads it: its <html> element's lang, in lower case. */
const HTML_LANG = /^\s*(?:<!doctype[^>]*>\s*)?<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]+)/i

/** How much of a page is read to find its language. */
const HEAD_BYTES = 512

/** The pages cannot be split by language the way Pagefind would split them. */
class NotByLanguage extends Error {}

/**
 * Each page's language from the start of its file ('' when it has none there).
 * @param {string} siteDir
 * @param {string[]} sourcePaths
 * @returns {Promise<string[]>}
 */
async function languagesOf(siteDir, sourcePaths) {
  /** @type {string[]} */
  const languages = []
  let next = 0
  const readHeads = async () => {
    const buffer = Buffer.alloc(HEAD_BYTES)
    while (next < sourcePaths.length) {
      const i = next++
      const file = await open(path.join(siteDir, /** @type {string} */ (sourcePaths[i])))
      try {
        const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0)
        const head = buffer.toString('latin1', 0, bytesRead)
        languages[i] = HTML_LANG.exec(head)?.[1]?.toLowerCase() ?? ''
      } finally {
        await file.close()
      }
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, readHeads))
  return languages
}

/**
 * A worker thread with its own Pagefind service indexing one language (indexLanguage.mjs).
 * @param {string} outputPath
 */
function languageWorker(outputPath) {
  const worker = new Worker(new URL('./indexLanguage.mjs', import.meta.url), {
    workerData: { excludeSelectors: EXCLUDED_FROM_INDEX, outputPath, inFlight: IN_FLIGHT },
  })
  let waiting = 0
  let wake = () => {}
  /** @type {Promise<void>} */
  const written = new Promise((resolve, reject) => {
    worker.on('message', (/** @type {{ added?: 1, written?: true, error?: string }} */ m) => {
      if (m.added) {
        waiting--
        wake()
      } else if (m.written) resolve()
      else reject(new Error(m.error))
    })
    worker.on('error', reject)
    worker.on('exit', (code) => reject(new Error(`Pagefind's worker stopped (${code}) early`)))
  })
  written.catch(() => {})
  return {
    written,
    /** Gives it a page, waiting while it has 2 × IN_FLIGHT it has not indexed yet. */
    async give(/** @type {string} */ sourcePath, /** @type {string} */ content) {
      worker.postMessage({ sourcePath, content })
      waiting++
      while (waiting >= 2 * IN_FLIGHT) {
        await Promise.race([new Promise((resolve) => (wake = () => resolve(undefined))), written])
      }
    },
    finish: () => worker.postMessage({ done: true }),
    terminate: () => worker.terminate(),
  }
}

/**
 * Moves each language's index into `outputPath` and writes the pagefind-entry.json of them all.
 * A language's files are the same whether Pagefind indexed it alone or with the others (each
 * language is its own index in Pagefind); only the entry file, which lists the languages, is
 * theirs together. The files every index writes (Pagefind's scripts) must be the same.
 * @param {string[]} languageDirs
 * @param {string} outputPath
 */
async function mergeLanguages(languageDirs, outputPath) {
  const ENTRY = 'pagefind-entry.json'
  /** @type {{ version: string, languages: Record<string, unknown>, include_characters: string[] }[]} */
  const entries = await Promise.all(
    languageDirs.map(async (dir) => JSON.parse(await readFile(path.join(dir, ENTRY), 'utf8'))),
  )
  const first = /** @type {(typeof entries)[number]} */ (entries[0])
  /** @type {Record<string, unknown>} */
  const languages = {}
  for (const entry of entries) {
    const names = Object.keys(entry.languages)
    if (names.length !== 1 || names[0] === undefined || names[0] in languages) {
      throw new NotByLanguage(`languages ${names.join(', ')} in one of Pagefind's indexes`)
    }
    if (
      JSON.stringify({ ...entry, languages: {} }) !== JSON.stringify({ ...first, languages: {} })
    ) {
      throw new Error(`Pagefind's indexes differ in more than their languages`)
    }
    languages[names[0]] = entry.languages[names[0]]
  }
  /** @type {Set<string>} */
  const moved = new Set()
  for (const dir of languageDirs) {
    /** @type {[string, string][]} */
    const moves = []
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const from = path.join(entry.parentPath, entry.name)
      const relative = path.relative(dir, from)
      if (relative === ENTRY) continue
      if (!moved.has(relative)) {
        moved.add(relative)
        moves.push([from, path.join(outputPath, relative)])
      } else if (!(await readFile(from)).equals(await readFile(path.join(outputPath, relative)))) {
        throw new Error(`${relative}: Pagefind wrote it differently for two languages`)
      }
    }
    await moveAll(moves)
  }
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((k) => [k, languages[k]]),
  )
  await writeFile(path.join(outputPath, ENTRY), JSON.stringify({ ...first, languages: sorted }))
}

/** @param {[string, string][]} moves */
async function moveAll(moves) {
  const dirs = new Set(moves.map(([, to]) => path.dirname(to)))
  for (const dir of dirs) await mkdir(dir, { recursive: true })
  let next = 0
  const moveSome = async () => {
    while (next < moves.length) {
      const [from, to] = /** @type {[string, string]} */ (moves[next++])
      await rename(from, to)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, moveSome))
}

/**
 * Each language in its own Pagefind index, in its own worker thread and Pagefind process, side by
 * side: Pagefind indexes and writes one language at a time on one core. Each is given its pages
 * in `sourcePaths`' order, which is all the order the index depends on (a page's number is its
 * place among its language's pages), so the index is the one a single Pagefind index writes.
 * @param {string} siteDir
 * @param {string[]} sourcePaths
 * @param {(sourcePath: string) => Promise<string>} read
 * @param {string} outputPath
 * @returns {Promise<number>} how many pages Pagefind was given
 * @throws {NotByLanguage} when a page to index has no language in its <html> element, or two
 *   languages turn out to be one in Pagefind: nothing has been written then
 */
async function indexByLanguage(siteDir, sourcePaths, read, outputPath) {
  const languages = await languagesOf(siteDir, sourcePaths)
  /** @type {Map<string, string[]>} */
  const lanes = new Map()
  sourcePaths.forEach((sourcePath, i) => {
    const language = /** @type {string} */ (languages[i])
    const lane = lanes.get(language) ?? []
    lanes.set(language, lane)
    lane.push(sourcePath)
  })
  const workDir = await mkdtemp(path.join(siteDir, '.pagefind-'))
  /** @type {Map<string, ReturnType<typeof languageWorker>>} */
  const workers = new Map()
  /** @type {string[]} */
  const languageDirs = []
  let stopped = false
  /** @param {string} language */
  const workerFor = (language) => {
    if (stopped) throw new Error('stopped')
    const existing = workers.get(language)
    if (existing) return existing
    if (!language) throw new NotByLanguage('a page to index has no lang on its <html> element')
    const dir = path.join(workDir, String(languageDirs.length))
    languageDirs.push(dir)
    const worker = languageWorker(dir)
    workers.set(language, worker)
    return worker
  }
  try {
    const lanesGiven = await Promise.all(
      [...lanes].map(([language, paths]) =>
        givePages(paths, read, (sourcePath, content) =>
          workerFor(language).give(sourcePath, content),
        ),
      ),
    )
    let given = lanesGiven.reduce((sum, lane) => sum + lane.given, 0)
    if (given === 0) {
      const all = await Promise.all(
        [...lanes.keys()].map((language, i) =>
          givePages(
            /** @type {{ withoutBody: string[] }} */ (lanesGiven[i]).withoutBody,
            read,
            (sourcePath, content) => workerFor(language).give(sourcePath, content),
            true,
          ),
        ),
      )
      given = all.reduce((sum, lane) => sum + lane.given, 0)
    }
    for (const worker of workers.values()) worker.finish()
    await Promise.all([...workers.values()].map((worker) => worker.written))
    if (languageDirs.length > 0) await mergeLanguages(languageDirs, outputPath)
    return given
  } finally {
    stopped = true
    await Promise.all([...workers.values()].map((worker) => worker.terminate()))
    await rm(workDir, { recursive: true, force: true })
  }
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
  // In a fixed order: Pagefind numbers pages in the order it is given them, and the order a
  // folder is listed in depends on the file system and on the order the files were written in
  // (an incremental build writes the pages it made first, then links the ones it reused), so an
  // index of the same pages must be given them in the same order to be the same bytes.
  const sourcePaths = (await htmlFiles(siteDir))
    .map((file) => path.relative(siteDir, file).split(path.sep).join('/'))
    .filter((sourcePath) => !sourcePath.startsWith('pagefind/'))
    .sort()
  const read = (/** @type {string} */ sourcePath) => pageForIndex(siteDir, indexOnly, sourcePath)
  const outputPath = path.join(siteDir, 'pagefind')
  let pages
  try {
    pages = await indexByLanguage(siteDir, sourcePaths, read, outputPath)
  } catch (error) {
    if (!(error instanceof NotByLanguage)) throw error
    pages = await indexTogether(sourcePaths, read, outputPath)
  }
  // Near-me search's file of each result's venues, keyed by the ids Pagefind just gave them.
  await writeSearchPlaces(siteDir)
  return { pages }
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
