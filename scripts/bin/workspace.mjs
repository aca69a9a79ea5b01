#!/usr/bin/env node
/**
 * The README's two commands, for a machine that has only Node.js and npm.
 *
 *   npm start   install, prepare the embedded SQLite database, load the demo content, start the CMS,
 *               build the public site from it and serve it
 *               (LOCAL_OFFER_CONTENT=empty npm start: no demo content, for a real council's start)
 *   npm test    install, then run every check and test, including the browser tests (what CI runs)
 *
 * pnpm is fetched from the npm registry at a pinned version with `npm exec`, because pnpm is not
 * preinstalled and corepack's signature check fails on some machines.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PNPM = 'pnpm@10.34.8'
const MIN_NODE = [20, 19]
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    console.error(
      `Local Offer needs Node.js ${MIN_NODE.join('.')} or newer; this is ${process.versions.node}.`,
    )
    process.exit(1)
  }
}

function step(title) {
  console.log(`\n\u25b6 ${title}`)
}

/** Runs pnpm with the given arguments in the workspace root; exits with its code if it fails. */
function pnpm(args, env = {}) {
  const result = spawnSync('npm', ['exec', '--yes', `--package=${PNPM}`, '--', 'pnpm', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
  })
  if (result.status !== 0) {
    console.error(
      `\n\u2716 pnpm ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    )
    process.exit(result.status ?? 1)
  }
}

function install() {
  step('Installing dependencies (pnpm, from the lockfile)')
  pnpm(['install', '--frozen-lockfile', '--prefer-offline'])
  step('Building the shared package')
  pnpm(['--filter', '@local-offer/shared', 'build'])
}

/** A random PAYLOAD_SECRET made on first start and kept beside the SQLite file, unless one is set. */
function payloadSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const dataDir = process.env.DATA_DIR ?? path.join(root, 'cms', 'data')
  const file = path.join(dataDir, '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * What goes into an empty database, from LOCAL_OFFER_CONTENT: "demo" (the default) or "empty"
 * (nothing: a real council's first start). Neither deletes anything: on a database that already
 * has users, both just start it.
 */
function startContent() {
  const value = process.env.LOCAL_OFFER_CONTENT
  const chosen = value?.trim().toLowerCase() || 'demo'
  if (chosen === 'demo' || chosen === 'empty') return chosen
  console.error(
    `LOCAL_OFFER_CONTENT is "${value}": set it to "empty" (start with no content) or "demo" (the default), or leave it unset.`,
  )
  process.exit(2)
}

function start() {
  const content = startContent()
  install()
  const env = { PAYLOAD_SECRET: payloadSecret() }
  if (content === 'demo') {
    step('Loading the demo content into the embedded SQLite database (first run only)')
    pnpm(['--filter', '@local-offer/scripts', 'seed', '--if-empty'], env)
  } else {
    step('Starting with no content (LOCAL_OFFER_CONTENT=empty): no demo is loaded')
    console.log(
      'The CMS creates the database and applies the migrations when it starts. Create the',
    )
    console.log('first account in the admin: it becomes the administrator.')
  }
  step('Building the CMS')
  pnpm(['--filter', '@local-offer/cms', 'build'], env)
  step('Starting the CMS, building the public site from it, and serving both (Ctrl+C to stop)')
  pnpm(['--filter', '@local-offer/scripts', 'start'], env)
}

function test() {
  install()
  step('Checking formatting')
  pnpm(['exec', 'prettier', '--check', '.', '--log-level=warn'])
  step('Type-checking, linting and testing every package')
  pnpm(['turbo', 'run', 'typecheck', 'lint', 'test', '--concurrency=1', '--output-logs=new-only'])
  step(
    'Building the CMS (catches a broken import map or admin component; the browser tests use it)',
  )
  pnpm(['--filter', '@local-offer/cms', 'build'], {
    PAYLOAD_SECRET: 'build-check-only-not-a-real-secret',
  })
  step('Browser tests: the demo content in a throwaway CMS, the site built from it, in Chromium')
  pnpm(['--filter', '@local-offer/tests', 'e2e'])
  step("Checking the site budgets (page weight, CSS, build time) on the browser tests' build")
  pnpm(['--filter', '@local-offer/scripts', 'budgets'])
}

checkNode()
const command = process.argv[2]
if (command === 'start') start()
else if (command === 'test') test()
else {
  console.error('Usage: node scripts/bin/workspace.mjs start|test')
  process.exit(2)
}
