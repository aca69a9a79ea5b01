/** The real publish command (scripts/bin/publish-site.mjs) run against the e2e CMS, as the CMS runs it. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { scriptsDir } from '@local-offer/scripts/site'

import { cmsUrl, e2ePorts } from './ports'

/** The command line that runs the publish command with these arguments. */
export const publishSiteCommand = (...args: string[]) => [
  process.execPath,
  path.join(scriptsDir, 'bin', 'publish-site.mjs'),
  ...args,
]

/** Runs `command` (a publish command line, perhaps wrapped) into `releasesDir`; all its output. */
export function runPublish(
  releasesDir: string,
  [file, ...args]: string[],
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(file as string, args, {
      env: {
        ...process.env,
        CMS_URL: cmsUrl,
        SITE_RELEASES_DIR: releasesDir,
        SITE_URL: `http://127.0.0.1:${e2ePorts.site}`,
      },
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (status) => resolve({ status, output }))
  })
}
