// @ts-check
/**
 * Builds the Pagefind search index of a built site (Pagefind's Node API rather than its command
 * line): each page as it is on disk, and each listing page with the part only the index needs
 * (its filters, places and extra words: src/searchIndex/indexOnly.ts) added before </article>.
 * That part comes from search-index-only.json, which the Astro build writes and this deletes,
 * so it is never published.
 *
 *   node indexSite.mjs dist
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

const INDEX_ONLY_FILE = 'search-index-only.json'

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
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    let pages = 0
    for (const file of await htmlFiles(siteDir)) {
      const sourcePath = path.relative(siteDir, file).split(path.sep).join('/')
      if (sourcePath.startsWith('pagefind/')) continue
      let content = await readFile(file, 'utf8')
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
