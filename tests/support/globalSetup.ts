/**
 * Before the browser tests: the demo Local Offer in a throwaway CMS, the public site built from
 * it and served on 127.0.0.1 like a static host. Everything is stopped and deleted afterwards.
 */
import { buildDemoSite, serveStatic } from '@local-offer/scripts/site'

import { e2ePorts } from './ports'

const log = process.env.E2E_VERBOSE ? (line: string) => console.log(line) : undefined

export default async function globalSetup(): Promise<() => Promise<void>> {
  console.log('e2e: loading the demo content, starting the CMS and building the site…')
  const demo = await buildDemoSite({
    cmsPort: e2ePorts.cms,
    siteUrl: `http://127.0.0.1:${e2ePorts.site}`,
    log,
  })
  console.log(`e2e: ${demo.build.pages} pages built in ${demo.build.seconds.toFixed(1)} s`)
  try {
    const site = await serveStatic(demo.outDir, e2ePorts.site)
    return async () => {
      await site.close()
      await demo.dispose()
    }
  } catch (error) {
    await demo.dispose()
    throw error
  }
}
