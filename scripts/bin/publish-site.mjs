#!/usr/bin/env node
/**
 * The publish command for any caller, whatever Node runs it (the CMS's build runner runs this):
 * runs scripts/src/publish/index.ts with the Node.js 22 and tsx that the scripts package installs
 * (see README: tsx on Node 20 sometimes exits 13 before the script starts), in one process, with
 * src/startup/dependencyHooks.ts so installed packages load as Node loads them. Arguments pass
 * through (--rollback, --report-file <file>, --verbose); the exit code is the command's.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resolve = createRequire(path.join(scriptsDir, 'package.json')).resolve
const result = spawnSync(
  resolve('node/bin/node'),
  [
    '--no-deprecation',
    '--import',
    'tsx',
    '--import',
    './src/startup/dependencyHooks.ts',
    'src/publish/index.ts',
    ...process.argv.slice(2),
  ],
  { cwd: scriptsDir, stdio: 'inherit' },
)
if (result.error) console.error(`Could not start the publish command: ${result.error.message}`)
process.exit(result.status ?? 1)
