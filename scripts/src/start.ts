/**
 * The last step of `npm start`: starts the built CMS, builds the public site from it and serves
 * the site, until Ctrl+C. Settings: PORT (CMS, default 3000), SITE_PORT (default 4321).
 */
import path from 'node:path'

import { buildSite } from './site/buildSite.js'
import { startCmsServer } from './site/cmsServer.js'
import { serveStatic } from './site/staticServer.js'
import { siteDir } from './site/workspacePaths.js'

const cmsPort = Number(process.env.PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

async function main(): Promise<void> {
  console.log(`Starting the CMS on port ${cmsPort}…`)
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${sitePort}`
  const cmsPublicUrl = process.env.CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}`
  const cms = await startCmsServer({ port: cmsPort, env: { SITE_URL: siteUrl } })
  const stop = async () => {
    await cms.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  try {
    const outDir = path.join(siteDir, 'dist')
    console.log('Building the public site from the CMS…')
    const report = await buildSite({ cmsUrl: cms.url, cmsPublicUrl, outDir, siteUrl })
    console.log(
      `Built ${report.pages} pages in ${report.seconds.toFixed(1)} s (search index ${report.pagefindSeconds.toFixed(1)} s).`,
    )
    const site = await serveStatic(outDir, sitePort).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? new Error(
            `Port ${sitePort} is in use: stop what uses it, or set SITE_PORT to another port.`,
          )
        : error
    })
    console.log('')
    console.log(`  Public site:  ${site.url.replace('127.0.0.1', 'localhost')}/`)
    console.log(`  CMS admin:    http://localhost:${cmsPort}/admin`)
    console.log('')
    console.log('Press Ctrl+C to stop. Rebuild the site after publishing with npm start again.')
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await cms.stop()
    process.exit(1)
  }
}

void main()
