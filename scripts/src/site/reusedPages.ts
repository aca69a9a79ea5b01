/**
 * Incremental publishing's second half: after an incremental Astro build, the pages it did not
 * make (their listing and the site-wide inputs unchanged: site/src/incremental) are put back from
 * the release they were made for (unless the build linked them itself while making the rest),
 * with the images they use, as hard links (a release never
 * changes a file in place, so sharing one between releases is safe; a copy where links are not
 * possible). Then the folder holds what a full build of the same content would have made.
 */
import {
  isFilePath,
  pageFileFor,
  siteBuildManifestSchema,
  type SiteBuildManifest,
} from '@local-offer/shared/siteBuildManifest'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { listFiles } from '../publish/verifyRelease.js'

import {
  linkOrCopy,
  linkOrCopyFile,
  missingFromEarlierRelease,
} from '@local-offer/site/reusedPageLinker'

export async function readBuildManifest(file: string): Promise<SiteBuildManifest> {
  return siteBuildManifestSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

/**
 * A copy of the folder `from` at `to` made of hard links (copies where links are not possible),
 * leaving out the top-level entries named in `except`. `to` must not hold any of its files yet.
 * Returns how many files it holds.
 */
export async function linkTree(
  from: string,
  to: string,
  except: readonly string[] = [],
): Promise<number> {
  const left = new Set(except)
  const files = [...(await listFiles(from))].filter((file) => !left.has(file.split('/')[0] ?? ''))
  await makeFolders(to, new Set(files.map((file) => path.posix.dirname(file))))
  await inParallel(files, async (relative) => {
    if ((await linkOrCopyFile(path.join(from, relative), path.join(to, relative))) === 'exists') {
      throw new Error(`${path.join(to, relative)} is there already: not linked over it.`)
    }
  })
  return files.length
}

/**
 * Runs `work` on every item, a few at a time: tens of thousands of links or folders, each a small
 * system call that waits for Node's thread pool.
 */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: 16 }, worker))
}

/** Makes `root` and the folders below it (relative, `/` between names), each level's side by side. */
async function makeFolders(root: string, relativeDirs: ReadonlySet<string>) {
  await mkdir(root, { recursive: true })
  const byDepth = new Map<number, string[]>()
  for (const dir of relativeDirs) {
    if (dir === '.' || dir === '') continue
    // Every folder above one is made too (one that holds only folders has no file of its own).
    const parts = dir.split('/')
    parts.forEach((_, i) => {
      const level = byDepth.get(i) ?? []
      byDepth.set(i, level)
      level.push(parts.slice(0, i + 1).join('/'))
    })
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    await inParallel([...new Set(byDepth.get(depth))], async (dir) => {
      try {
        await mkdir(path.join(root, dir))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    })
  }
}

export interface ReusedPagesReport {
  /** Listing pages put back. */
  pages: number
  /** Open Referral record files put back. */
  files: number
  assets: number
}

/**
 * Puts the manifest's reused pages (and Open Referral record files) and their assets from
 * `previousDir` into `outDir`; the pages only if the build has not linked them itself
 * (`reusedLinked`: site/src/incremental/reusedPageLinker.ts). A reused page or asset missing from
 * the previous release fails the build (it cannot be what a full build makes), naming the file.
 */
export async function putBackReusedPages(
  manifest: SiteBuildManifest,
  previousDir: string,
  outDir: string,
): Promise<ReusedPagesReport> {
  if (manifest.mode !== 'incremental') return { pages: 0, files: 0, assets: 0 }
  const assets = new Set<string>()
  const put = async (file: string) => {
    try {
      return await linkOrCopy(path.join(previousDir, file), path.join(outDir, file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw missingFromEarlierRelease(previousDir, file)
      }
      throw error
    }
  }
  let pages = 0
  let files = 0
  await inParallel(manifest.reused, async (pagePath) => {
    if (!manifest.reusedLinked) await put(pageFileFor(pagePath))
    if (isFilePath(pagePath)) files++
    else pages++
    for (const asset of manifest.itemPages[pagePath]?.assets ?? []) assets.add(asset)
  })
  let linked = 0
  for (const asset of [...assets].sort()) {
    if ((await put(asset.replace(/^\/+/, ''))) === 'linked') linked++
  }
  return { pages, files, assets: linked }
}
