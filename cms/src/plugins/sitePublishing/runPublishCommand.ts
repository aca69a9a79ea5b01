import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parsePublishReport } from '@local-offer/shared/publishReport'
import type { HeldBackItem } from '@local-offer/shared/publishReport'

export interface PublishCommandOptions {
  /** A shell command; `--report-file <file>` is added to it. */
  command: string
  env: Record<string, string | undefined>
  timeoutMs: number
  /** Each line the command prints (for the CMS's log). */
  log?: (line: string) => void
}

export interface PublishCommandOutcome {
  ok: boolean
  /** One plain sentence saying why it failed. */
  reason?: string
  pages?: number
  release?: string
  /** Documents the build left out so the rest could go live. */
  heldBack?: HeldBackItem[]
  /** The last lines the command printed. */
  logTail: string
}

const TAIL_LINES = 60

/** What the publish command wrote to its --report-file (shape: shared/src/publishReport.ts). */
async function readReport(file: string) {
  try {
    return parsePublishReport(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`

/**
 * Runs the publish command in its own process group (so a timeout stops the whole build) and
 * reads the outcome from the report file it writes, falling back to its exit code and last line.
 */
export async function runPublishCommand(
  options: PublishCommandOptions,
): Promise<PublishCommandOutcome> {
  const reportFile = path.join(
    tmpdir(),
    `local-offer-site-build-${process.pid}-${randomBytes(6).toString('hex')}.json`,
  )
  const tail: string[] = []
  const child = spawn(`${options.command} --report-file ${shellQuote(reportFile)}`, {
    shell: true,
    detached: true,
    env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  const stopOnExit = () => stopGroup('SIGTERM')
  process.once('exit', stopOnExit)
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
        options.log?.(line)
      }
    })
  }
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    stopGroup('SIGTERM')
    setTimeout(() => stopGroup('SIGKILL'), 10_000).unref()
  }, options.timeoutMs)
  const exit = await new Promise<{ code: number | null; signal: string | null; error?: Error }>(
    (resolve) => {
      child.once('error', (error) => resolve({ code: null, signal: null, error }))
      child.once('close', (code, signal) => resolve({ code, signal }))
    },
  )
  clearTimeout(timer)
  process.removeListener('exit', stopOnExit)
  const report = await readReport(reportFile)
  await rm(reportFile, { force: true })
  const logTail = tail.join('\n')
  if (timedOut) {
    return {
      ok: false,
      reason: `The build took longer than ${Math.round(options.timeoutMs / 60_000)} minutes and was stopped.`,
      logTail,
    }
  }
  if (exit.code === 0) {
    return {
      ok: true,
      pages: report?.pages,
      release: report?.release,
      heldBack: report?.heldBack,
      logTail,
    }
  }
  const lastLine = [...tail].reverse().find((line) => line.trim() !== '')
  const reason =
    report?.reason ??
    exit.error?.message ??
    (lastLine
      ? `${lastLine.trim()} (the publish command exited with ${exit.signal ?? `code ${exit.code}`})`
      : `The publish command exited with ${exit.signal ?? `code ${exit.code}`} and printed nothing.`)
  return { ok: false, reason, logTail }
}
