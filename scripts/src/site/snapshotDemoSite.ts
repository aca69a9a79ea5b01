/**
 * Builds the demo Local Offer (throwaway SQLite database, demo content, the built CMS, the public
 * site) and copies the built site into a folder, so that two versions of the code can be compared
 * file by file: `pnpm --filter @local-offer/scripts snapshot-demo-site -- /tmp/before`, then
 * `diff -r /tmp/before /tmp/after`. The CMS must be built first (`pnpm --filter @local-offer/cms build`).
 */
import { cp, rm } from 'node:fs/promises'
import path from 'node:path'

import { buildDemoSite } from './demoSite.js'

const target = process.argv.slice(2).find((arg) => arg !== '--')
if (!target) {
  console.error('Usage: snapshot-demo-site -- <folder to write the built site into>')
  process.exit(2)
}

const demo = await buildDemoSite({
  cmsPort: Number(process.env.SNAPSHOT_CMS_PORT ?? 3917),
  // A fixed address, so that canonical links and hreflang are the same in every snapshot.
  siteUrl: 'http://127.0.0.1:4917',
  log: process.env.VERBOSE ? (line) => console.log(line) : undefined,
})
try {
  const out = path.resolve(target)
  await rm(out, { recursive: true, force: true })
  await cp(demo.outDir, out, { recursive: true })
  console.log(
    `${demo.build.pages} pages built in ${demo.build.seconds.toFixed(1)} s, copied to ${out}`,
  )
} finally {
  await demo.dispose()
}
