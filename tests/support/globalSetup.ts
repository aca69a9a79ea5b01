/**
 * Before the browser tests: the demo Local Offer in a throwaway CMS, the public site built from
 * it and served on 127.0.0.1 like a static host. Everything is stopped and deleted afterwards.
 * The CMS also rebuilds the site by itself after publishing (3 s after the last change), into a
 * throwaway releases folder that publishing.spec.ts serves (E2E_RELEASES_DIR).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildDemoSite, serveStatic } from '@local-offer/scripts/site'

import { e2ePorts } from './ports'

const log = process.env.E2E_VERBOSE ? (line: string) => console.log(line) : undefined

export default async function globalSetup(): Promise<() => Promise<void>> {
  console.log('e2e: loading the demo content, starting the CMS and building the site…')
  const releasesDir = await mkdtemp(path.join(tmpdir(), 'local-offer-e2e-releases-'))
  process.env.E2E_RELEASES_DIR = releasesDir
  const demo = await buildDemoSite({
    cmsPort: e2ePorts.cms,
    siteUrl: `http://127.0.0.1:${e2ePorts.site}`,
    log,
    cmsEnv: {
      SITE_REBUILD_AUTORUN: 'true',
      SITE_REBUILD_DEBOUNCE_SECONDS: '3',
      SITE_REBUILD_POLL_SECONDS: '1',
      SITE_RELEASES_DIR: releasesDir,
      CMS_URL: `http://127.0.0.1:${e2ePorts.cms}`,
    },
  }).catch(async (error: unknown) => {
    await rm(releasesDir, { recursive: true, force: true })
    throw error
  })
  // securityHeaders.spec.ts serves the same build again, with the host's security headers.
  process.env.E2E_SITE_DIR = demo.outDir
  console.log(`e2e: ${demo.build.pages} pages built in ${demo.build.seconds.toFixed(1)} s`)
  try {
    const site = await serveStatic(demo.outDir, e2ePorts.site)
    return async () => {
      await site.close()
      await demo.dispose()
      await rm(releasesDir, { recursive: true, force: true })
    }
  } catch (error) {
    await demo.dispose()
    await rm(releasesDir, { recursive: true, force: true })
    throw error
  }
}
