/**
 * Puts an incremental build's reused pages back while Astro is still making the rest. Each item
 * page the build decides to reuse (itemPaths.ts) is linked from the release it was made for into
 * this build's folder at once, a few links at a time in Node's thread pool, beside the rendering
 * on the main thread. At 10,000 listings that is 80,000 files, 5-8 s of links made after the
 * build before this (the publish command still puts back their images: scripts/src/site/reusedPages.ts).
 *
 * A page Astro makes must never be a link: writing it would change the earlier release's file,
 * which may be live. Astro writes only the pages getStaticPaths returns, so a page decided
 * "reused" is never written; one decided again as "made" is unlinked before its route's
 * getStaticPaths returns (`unlink`).
 */
import { copyFile, link, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { pageFileFor } from '@local-offer/shared/siteBuildManifest'

export interface ReusedPageLinker {
  /** Links this item's page or file (`/pl/services/x/`) from the earlier release, soon. */
  link: (pagePath: string) => void
  /** Takes back a link asked for: the page is to be made after all. */
  unlink: (pagePath: string) => Promise<void>
  /** Waits for every link asked for; throws the first that failed. How many were linked. */
  finished: () => Promise<number>
}

/** Links made at once: each is a small system call waiting for the thread pool. */
const IN_FLIGHT = 16

/**
 * A hard link of `from` at `to` (a copy where links are not possible: another file system, or
 * too many links to one file). Never over a file that is there.
 */
export async function linkOrCopy(from: string, to: string): Promise<'linked' | 'exists'> {
  await mkdir(path.dirname(to), { recursive: true })
  return linkOrCopyFile(from, to)
}

/** linkOrCopy into a folder that is there already. */
export async function linkOrCopyFile(from: string, to: string): Promise<'linked' | 'exists'> {
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return 'exists'
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error
    await copyFile(from, to)
  }
  return 'linked'
}

/** The error for a reused file the earlier release does not have. */
export const missingFromEarlierRelease = (earlierDir: string, file: string) =>
  new Error(
    `The earlier release ${earlierDir} has no ${file}, which this build reuses: publish again with a full build (--full).`,
  )

export function reusedPageLinker(earlierDir: string, outDir: string): ReusedPageLinker {
  const queue: string[] = []
  let next = 0
  const inFlight = new Map<string, Promise<void>>()
  const takenBack = new Set<string>()
  const waiting: Array<() => void> = []
  let failure: Error | null = null
  const linked = new Set<string>()

  const linkOne = async (pagePath: string) => {
    if (takenBack.has(pagePath)) return
    const file = pageFileFor(pagePath)
    try {
      const outcome = await linkOrCopy(path.join(earlierDir, file), path.join(outDir, file))
      if (outcome === 'exists') throw new Error(`${file} was made by this build and reused too.`)
      linked.add(pagePath)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw missingFromEarlierRelease(earlierDir, file)
      }
      throw error
    }
  }

  const pump = () => {
    while (inFlight.size < IN_FLIGHT && next < queue.length) {
      const pagePath = queue[next++] as string
      const work = linkOne(pagePath)
        .catch((error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error))
        })
        .finally(() => {
          inFlight.delete(pagePath)
          pump()
        })
      inFlight.set(pagePath, work)
    }
    if (inFlight.size === 0 && next >= queue.length) {
      for (const wake of waiting.splice(0)) wake()
    }
  }

  return {
    link: (pagePath) => {
      takenBack.delete(pagePath)
      queue.push(pagePath)
      pump()
    },
    unlink: async (pagePath) => {
      takenBack.add(pagePath)
      await inFlight.get(pagePath)
      if (linked.delete(pagePath)) await rm(path.join(outDir, pageFileFor(pagePath)))
    },
    finished: async () => {
      if (inFlight.size > 0 || next < queue.length) {
        await new Promise<void>((resolve) => waiting.push(resolve))
      }
      if (failure) throw failure
      return linked.size
    },
  }
}
