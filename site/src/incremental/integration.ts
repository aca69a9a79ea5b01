/**
 * The Astro integration behind incremental publishing (docs/publishing.md). Before the build it
 * reads the previous build's manifest (SITE_PREVIOUS_BUILD_MANIFEST) and fingerprints the site's
 * code; after it, it writes this build's manifest (SITE_BUILD_MANIFEST) and gives the sitemap the
 * pages this build reused, so the sitemap lists every page as a full build's does.
 */
import {
  isFilePath,
  SITE_BUILD_MANIFEST_VERSION,
  siteBuildManifestSchema,
  type SiteBuildManifest,
} from '@local-offer/shared/siteBuildManifest'
import type { AstroIntegration } from 'astro'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildState, startBuildState } from './buildState'
import { codeFingerprint } from './codeFingerprint'
import { reusedPageLinker } from './reusedPageLinker'

export interface IncrementalPublishingOptions {
  /** Filled after the build with the addresses of the pages it reused (the sitemap's customPages). */
  reusedPageUrls: string[]
  env?: Record<string, string | undefined>
}

async function readPrevious(
  file: string | undefined,
): Promise<{ previous: SiteBuildManifest | null; problem: string | null }> {
  if (!file) return { previous: null, problem: null }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { previous: null, problem: null }
  }
  const parsed = siteBuildManifestSchema.safeParse(JSON.parse(text))
  return parsed.success
    ? { previous: parsed.data, problem: null }
    : { previous: null, problem: 'the earlier build’s record is from another version' }
}

export function incrementalPublishing(options: IncrementalPublishingOptions): AstroIntegration {
  const env = options.env ?? process.env
  let siteRoot = process.cwd()
  let site = ''
  let outDir = path.join(siteRoot, 'dist')
  return {
    name: 'local-offer:incremental-publishing',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = fileURLToPath(config.root)
        site = config.site ?? ''
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': async () => {
        const code = await codeFingerprint(siteRoot, env)
        const { previous, problem } = await readPrevious(env.SITE_PREVIOUS_BUILD_MANIFEST?.trim())
        const asked = env.SITE_FULL_BUILD?.trim() === '1' ? 'a full build was asked for' : null
        // The earlier release's folder, when the publish command gives it: reused pages are
        // linked from it while the rest are made.
        const earlierDir = env.SITE_PREVIOUS_RELEASE_DIR?.trim()
        const linker = previous && earlierDir ? reusedPageLinker(earlierDir, outDir) : null
        startBuildState(previous, code, asked ?? problem, linker)
      },
      'astro:build:done': async ({ logger }) => {
        const state = buildState()
        const linked = (await state.linker?.finished()) ?? null
        const reused = [...state.reused].sort()
        // Pages only: an Open Referral record's file is not a page to list.
        options.reusedPageUrls.push(
          ...reused.filter((item) => !isFilePath(item)).map((item) => new URL(item, site).href),
        )
        const manifest: SiteBuildManifest = {
          version: SITE_BUILD_MANIFEST_VERSION,
          code: state.code,
          siteInputs: state.siteInputs ?? '',
          mode: state.mode ?? 'full',
          ...(state.fullBecause ? { fullBecause: state.fullBecause } : {}),
          itemPages: Object.fromEntries(
            [...state.itemPages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          ),
          reused,
          ...(linked !== null ? { reusedLinked: true } : {}),
        }
        if (linked !== null && linked !== reused.length) {
          throw new Error(
            `${linked} reused pages were linked into the build, not ${reused.length}.`,
          )
        }
        if (linked)
          logger.info(`${linked} reused pages and files linked in while the rest were made`)
        const files = (paths: Iterable<string>) => [...paths].filter(isFilePath).length
        const reusedFiles = files(reused)
        const madeFiles = files(state.itemPages.keys()) - reusedFiles
        const madePages = state.itemPages.size - reused.length - madeFiles
        logger.info(
          manifest.mode === 'incremental'
            ? `Incremental: made ${madePages} listing pages and ${madeFiles} Open Referral records, reused ${reused.length - reusedFiles} and ${reusedFiles}`
            : `Full build: ${manifest.fullBecause ?? 'every page made'}`,
        )
        if (state.indexOnlyParts) {
          const { made, reused: kept } = state.indexOnlyParts
          logger.info(`Search index parts of listing pages: made ${made}, reused ${kept}`)
        }
        const out = env.SITE_BUILD_MANIFEST?.trim()
        if (!out) return
        await mkdir(path.dirname(out), { recursive: true })
        await writeFile(out, JSON.stringify(manifest))
      },
    },
  }
}
