/**
 * Starts the built CMS (`next start`) and waits until its REST API answers. Used by `npm start`
 * and by the end-to-end tests. The CMS must have been built (`pnpm --filter @local-offer/cms build`).
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { startProcess, stopProcess } from './childProcess.js'
import { cmsDir } from './workspacePaths.js'

export interface CmsServer {
  url: string
  /** The server's process (a test may kill it as a crash would). */
  pid: number | undefined
  stop: () => Promise<void>
}

export interface StartCmsOptions {
  port: number
  /** DATABASE_URL, PAYLOAD_SECRET, MEDIA_DIR… for the CMS. */
  env: Record<string, string | undefined>
  log?: (line: string) => void
  timeoutMs?: number
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError}).`)
}

export async function startCmsServer(options: StartCmsOptions): Promise<CmsServer> {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The CMS has not been built. Run `pnpm --filter @local-offer/cms build` (npm start does this).',
    )
  }
  const require = createRequire(path.join(cmsDir, 'package.json'))
  const nextBin = require.resolve('next/dist/bin/next')
  const child = startProcess(
    process.execPath,
    [nextBin, 'start', '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: cmsDir,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...options.env },
      prefix: '[cms] ',
      log: options.log,
    },
  )
  const url = `http://127.0.0.1:${options.port}`
  try {
    await Promise.race([
      waitForHttp(`${url}/api/services?limit=1&depth=0`, options.timeoutMs ?? 60_000),
      new Promise((_, reject) =>
        child.once('exit', (code) =>
          reject(new Error(`The CMS exited (code ${code}) while starting.`)),
        ),
      ),
    ])
  } catch (error) {
    await stopProcess(child)
    throw error
  }
  return { url, pid: child.pid, stop: () => stopProcess(child) }
}
