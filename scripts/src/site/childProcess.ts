import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { scriptsDir } from './workspacePaths.js'

export interface RunOptions {
  cwd: string
  env?: Record<string, string | undefined>
  /** Prefix for each line of the child's output, e.g. "[site] ". */
  prefix?: string
  /** Where the child's lines go (default: this process's stdout). */
  log?: (line: string) => void
}

function pipeLines(
  child: ChildProcess,
  prefix: string,
  log: (line: string) => void,
  tail: string[],
) {
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        tail.push(line)
        if (tail.length > 40) tail.shift()
        log(`${prefix}${line}`)
      }
    })
  }
}

/** How many of a failed command's last lines its error carries. */
const TAIL_IN_ERROR = 15
/** A line that states an error (`Error: …`, `TypeError: …`, `[ERROR] …`), not a stack frame. */
const ERROR_STATEMENT = /(^|[\s\]])([A-Z][A-Za-z]*)?Error( \[[A-Z_]+\])?: |\[ERROR\]/

/**
 * The lines a failed command's error carries: its last lines, and before them the last line
 * that states an error when a long stack trace has pushed it out of those lines (so the reason
 * officers are shown is the error, not a stack frame).
 */
export function failureLines(tail: readonly string[]): string[] {
  const last = tail.slice(-TAIL_IN_ERROR)
  if (last.some((line) => ERROR_STATEMENT.test(line) && !/^\s*at /.test(line))) return last
  const statement = tail.findLast((line) => ERROR_STATEMENT.test(line) && !/^\s*at /.test(line))
  return statement ? [statement, ...last] : last
}

/**
 * The command and arguments that run one of the scripts' TypeScript files (`script`, relative to
 * the scripts folder) under the Node.js 22 that the scripts package installs: tsx's hooks loaded
 * into that one process (tsx's own command starts a second Node.js process to run the file), and
 * `src/startup/dependencyHooks.ts` after them, so installed packages load as Node loads them.
 */
export function typeScriptCommand(
  script: string,
  args: readonly string[] = [],
): [string, string[]] {
  const resolve = createRequire(path.join(scriptsDir, 'package.json')).resolve
  const dependencyHooks = pathToFileURL(
    path.join(scriptsDir, 'src', 'startup', 'dependencyHooks.ts'),
  ).href
  return [
    resolve('node/bin/node'),
    ['--import', 'tsx', '--import', dependencyHooks, script, ...args],
  ]
}

/** Runs a command to completion; rejects with the last lines of its output if it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const tail: string[] = []
    pipeLines(child, options.prefix ?? '', options.log ?? ((l) => console.log(l)), tail)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${failureLines(tail).join('\n')}`,
          ),
        )
    })
  })
}

/** Starts a long-running command; the caller stops it. */
export function startProcess(command: string, args: string[], options: RunOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  pipeLines(child, options.prefix ?? '', options.log ?? ((l) => console.log(l)), [])
  return child
}

/** Stops a child process and waits for it to exit. */
export function stopProcess(child: ChildProcess, timeoutMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
