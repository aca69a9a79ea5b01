import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EXCLUDED_FROM_INDEX, indexSite, withoutAnchors } from '../indexSite.mjs'

/**
 * indexSite.mjs leaves out the pages without data-pagefind-body and indexes each language in its
 * own Pagefind process. Its index must be the one Pagefind writes when given every page, one at a
 * time, in one index (as indexSite did before): byte for byte, file for file.
 */

const page = (lang: string, body: string, words: string) =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><title>${words}</title></head><body>
<nav><a href="/">Home</a></nav>
${body ? `<article data-pagefind-body><h1 data-pagefind-meta="title">${words}</h1>` : '<main>'}
<h2 id="about">About</h2><p>${words} for children and young people.</p>
<dl class="lo-facts"><div><dt>Phone</dt><dd><a href="tel:0200000000">020 0000 0000</a></dd></div></dl>
${body ? '</article>' : '</main>'}<footer>Local Offer</footer></body></html>`

const LISTINGS: Record<string, string> = {
  'services/speech/index.html': page('en', 'y', 'Speech and language drop-in'),
  'services/swim/index.html': page('en', 'y', 'Swimming club'),
  'services/speech/report-a-problem/index.html': page('en', '', 'Report a problem'),
  'pl/services/speech/index.html': page('pl', 'y', 'Logopeda dla dzieci'),
  'pl/services/swim/index.html': page('pl', 'y', 'Klub pływacki'),
  'pl/services/swim/report-a-problem/index.html': page('pl', '', 'Zgłoś problem'),
  'ar/services/speech/index.html': page('ar', 'y', 'علاج النطق للأطفال'),
  'information/rights/index.html': page('en', 'y', 'Your rights at school'),
  'categories/index.html': page('en', '', 'Categories'),
}

const INDEX_ONLY: Record<string, string> = {
  'services/speech/index.html': '<span data-pagefind-filter="category">health</span>',
  'pl/services/speech/index.html': '<span data-pagefind-filter="category">health</span>',
  'ar/services/speech/index.html': '<span data-pagefind-meta="places">51.4,-0.2</span>',
}

async function writeSite(dir: string, pages: Record<string, string>) {
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), html)
  }
  await writeFile(path.join(dir, 'search-index-only.json'), JSON.stringify(INDEX_ONLY))
}

/** Every page, in the order indexSite reads them (sorted by path), in one index: indexSite before it was split. */
async function indexOneByOne(siteDir: string, outputPath: string) {
  const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX })
  if (!index) throw new Error('Pagefind could not start')
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true })
  const sourcePaths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
  for (const sourcePath of sourcePaths) {
    let content = withoutAnchors(await readFile(path.join(siteDir, sourcePath), 'utf8'))
    const extra = INDEX_ONLY[sourcePath]
    if (extra) {
      const end = content.lastIndexOf('</article>')
      content = content.slice(0, end) + extra + content.slice(end)
    }
    await index.addHTMLFile({ sourcePath, content })
  }
  await index.writeFiles({ outputPath })
  await pagefind.close()
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, file), await readFile(file))
  }
  return files
}

let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'index-site-output-'))
}, 10_000)

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** indexSite's pagefind/ and the one-index pagefind/ of the same site. */
async function bothIndexes(name: string, pages: Record<string, string>) {
  const siteDir = path.join(root, name, 'site')
  const reference = path.join(root, name, 'reference')
  await writeSite(siteDir, pages)
  await indexOneByOne(siteDir, reference)
  const copy = path.join(root, name, 'copy')
  await cp(siteDir, copy, { recursive: true })
  const { pages: given } = await indexSite(copy)
  return {
    given,
    built: await filesOf(path.join(copy, 'pagefind')),
    expected: await filesOf(reference),
    leftOver: (await readdir(copy)).filter((name) => name.startsWith('.pagefind')),
  }
}

describe('the index indexSite writes', () => {
  it('is the one-index index of every page, byte for byte, for a site in three languages', async () => {
    const { given, built, expected, leftOver } = await bothIndexes('languages', LISTINGS)
    expect(given).toBe(6)
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [file, bytes] of expected) expect(built.get(file)?.equals(bytes), file).toBe(true)
    expect(JSON.parse(built.get('pagefind-entry.json')!.toString()).languages).toHaveProperty('pl')
    expect(leftOver).toEqual([])
  }, 60_000)

  it('is the same when a page to index has no language (one index for every language)', async () => {
    const { built, expected } = await bothIndexes('no-language', {
      ...LISTINGS,
      'services/odd/index.html': page('en', 'y', 'No language here').replace(' lang="en"', ''),
    })
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [file, bytes] of expected) expect(built.get(file)?.equals(bytes), file).toBe(true)
  }, 60_000)

  it('is the same when no page has data-pagefind-body (Pagefind then indexes every page)', async () => {
    const pages = Object.fromEntries(
      Object.entries(LISTINGS).map(([file, html]) => [
        file,
        html.replace(' data-pagefind-body', ''),
      ]),
    )
    const { given, built, expected } = await bothIndexes('no-body', pages)
    expect(given).toBe(Object.keys(pages).length)
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [file, bytes] of expected) expect(built.get(file)?.equals(bytes), file).toBe(true)
  }, 60_000)
})
