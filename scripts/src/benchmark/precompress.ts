/**
 * Writes a gzip sibling (`file.gz`) of the text files a browser fetches for the search page, so
 * the benchmark's server sends them compressed as any production host would. Listing pages are
 * left alone (there are tens of thousands and the search does not fetch them).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const TEXT = /\.(html|js|mjs|css|json|svg|txt|xml)$/

export function shouldPrecompress(relative: string): boolean {
  const parts = relative.split(path.sep)
  return TEXT.test(relative) && !parts.includes('services')
}

export async function precompressForSearch(outDir: string): Promise<number> {
  let written = 0
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (!entry.isFile() || !shouldPrecompress(path.relative(outDir, file))) continue
    await writeFile(`${file}.gz`, await gzipAsync(await readFile(file), { level: 9 }))
    written++
  }
  return written
}
