/**
 * The last step of `npm start`: starts the built CMS (which rebuilds the public site by itself
 * after an officer publishes), publishes the site once from it, and serves the live release,
 * until Ctrl+C. Settings: PORT (CMS, default 3000), SITE_PORT (default 4321), SITE_RELEASES_DIR,
 * SITE_REBUILD_DEBOUNCE_SECONDS… (docs/publishing.md).
 *
 * When the site cannot be published and nothing was published before (a first start with no
 * content: LOCAL_OFFER_CONTENT=empty), it says why and keeps the CMS running, so the council can
 * fill in what is missing; the site appears once the CMS has built it.
 */
import path from 'node:path'

import { linkTarget, LIVE } from './publish/releases.js'
import { publishSite } from './publish/publishSite.js'
import { publishSettingsFromEnv } from './publish/settings.js'
import { startCmsServer } from './site/cmsServer.js'
import { siteNotPublishedYet } from './site/notPublishedYet.js'
import { serveStatic } from './site/staticServer.js'

const cmsPort = Number(process.env.PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

async function main(): Promise<void> {
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const settings = publishSettingsFromEnv({
    ...process.env,
    CMS_URL: cmsUrl,
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${sitePort}`,
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}`,
  })
  console.log(`Starting the CMS on port ${cmsPort}…`)
  const cms = await startCmsServer({
    port: cmsPort,
    // The CMS's build runner publishes into the same releases folder with the same settings.
    env: {
      SITE_URL: settings.siteUrl,
      CMS_URL: cmsUrl,
      CMS_PUBLIC_URL: settings.cmsPublicUrl,
      SITE_RELEASES_DIR: settings.releasesDir,
    },
  })
  const stop = async () => {
    await cms.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  try {
    console.log('Publishing the public site from the CMS…')
    const result = await publishSite(settings)
    const adminUrl = `http://localhost:${cmsPort}/admin`
    let notPublishedYet = false
    if (!result.ok) {
      const previous = await linkTarget(settings.releasesDir, LIVE)
      if (!previous) {
        notPublishedYet = true
        for (const line of siteNotPublishedYet(result.reason, adminUrl)) console.error(line)
      } else {
        console.error(`The site could not be rebuilt (${result.reason}).`)
        console.error(`Serving the release published before, ${previous}.`)
      }
    } else {
      console.log(`Published ${result.pages} pages in ${result.seconds.toFixed(1)} s.`)
    }
    const site = await serveStatic(path.join(settings.releasesDir, LIVE), sitePort).catch(
      (error: unknown) => {
        throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
          ? new Error(
              `Port ${sitePort} is in use: stop what uses it, or set SITE_PORT to another port.`,
            )
          : error
      },
    )
    console.log('')
    console.log(
      `  Public site:  ${site.url.replace('127.0.0.1', 'localhost')}/${notPublishedYet ? '  (not published yet)' : ''}`,
    )
    console.log(`  CMS admin:    ${adminUrl}`)
    console.log('')
    console.log(
      'Press Ctrl+C to stop. The site is rebuilt by itself shortly after you publish in the CMS',
    )
    console.log('(see Site builds in the admin); pnpm --filter @local-offer/scripts publish-site')
    console.log(
      'rebuilds it by hand, and publish-site --rollback goes back to the previous release.',
    )
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await cms.stop()
    process.exit(1)
  }
}

void main()
