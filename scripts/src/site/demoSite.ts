/**
 * The demo Local Offer end to end, in a throwaway folder: a SQLite database loaded with the
 * demo content, the built CMS running on it, and the public site built from that CMS.
 * Used by the browser tests and the budget check.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildSite, type BuildSiteReport } from './buildSite.js'
import { run, typeScriptCommand } from './childProcess.js'
import { startCmsServer, type CmsServer } from './cmsServer.js'
import { scriptsDir } from './workspacePaths.js'

export interface DemoSite {
  cms: CmsServer
  outDir: string
  build: BuildSiteReport
  /** Stops the CMS and deletes the folder. */
  dispose: () => Promise<void>
}

export interface DemoSiteOptions {
  cmsPort: number
  /** The address the site will be served at. */
  siteUrl: string
  log?: (line: string) => void
  /**
   * Extra environment for the CMS, e.g. to let it rebuild the site itself (SITE_REBUILD_AUTORUN,
   * SITE_RELEASES_DIR…). By default the CMS only records rebuild requests and never runs a build.
   */
  cmsEnv?: Record<string, string>
}

/**
 * Runs the seed (TypeScript, through tsx) with the Node.js 22 that the scripts package installs:
 * on Node 20, tsx's module hooks leave an import unsettled in about a third of runs (exit 13
 * before the script starts), which Node 22 does not do.
 */
async function loadDemoContent(env: Record<string, string>, log: (line: string) => void) {
  await run(...typeScriptCommand('src/seed/index.ts'), {
    cwd: scriptsDir,
    env,
    log,
  })
}

export async function buildDemoSite(options: DemoSiteOptions): Promise<DemoSite> {
  const log = options.log ?? (() => undefined)
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-demo-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  const env = {
    DATABASE_URL: `file:${path.join(dir, 'demo.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    // Mail the CMS would send (review reminders) is written here, not into the checkout.
    DATA_DIR: dir,
    PAYLOAD_SECRET: 'throwaway-demo-site',
    // The comment endpoint sends people back to this site's thank-you and error pages.
    SITE_URL: options.siteUrl,
    NODE_OPTIONS: '--no-deprecation',
  }
  let cms: CmsServer | undefined
  try {
    await loadDemoContent(env, log)
    cms = await startCmsServer({
      port: options.cmsPort,
      env: { ...env, SITE_REBUILD_AUTORUN: 'false', ...options.cmsEnv },
      log,
    })
    const outDir = path.join(dir, 'site')
    const build = await buildSite({ cmsUrl: cms.url, outDir, siteUrl: options.siteUrl, log })
    const running = cms
    return {
      cms: running,
      outDir,
      build,
      dispose: async () => {
        await running.stop()
        await remove()
      },
    }
  } catch (error) {
    await cms?.stop()
    await remove()
    throw error
  }
}
