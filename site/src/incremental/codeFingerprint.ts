/**
 * The fingerprint of the site's code and build settings: the site package's sources, public
 * files and configuration, the shared package as built, the workspace's lockfile (every
 * dependency's version), Node's version and the settings a page is built with. A build may
 * reuse the previous build's pages only while this is unchanged.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

import { fingerprintHash } from './fingerprint'

/** Settings that change what pages say (addresses on the page, the search beacon). */
const BUILD_SETTINGS = ['SITE_URL', 'CMS_URL', 'CMS_PUBLIC_URL', 'SEARCH_MISS_BEACON'] as const

const SITE_FILES = ['astro.config.mjs', 'package.json', 'postcss.config.mjs', 'tsconfig.json']
const SITE_FOLDERS = ['src', 'public']

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** The shared package's folder as installed (pnpm links it from the workspace). */
async function sharedPackageDir(siteRoot: string): Promise<string> {
  return realpath(path.join(siteRoot, 'node_modules', '@local-offer', 'shared'))
}

export async function codeFingerprint(
  siteRoot: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  const hash = fingerprintHash()
  const add = async (label: string, file: string) => {
    hash.update(`\0${label}\0`)
    hash.update(await readFile(file))
  }
  for (const file of SITE_FILES) {
    const full = path.join(siteRoot, file)
    if (existsSync(full)) await add(file, full)
  }
  for (const folder of SITE_FOLDERS) {
    for (const file of await filesUnder(path.join(siteRoot, folder))) {
      await add(path.relative(siteRoot, file), file)
    }
  }
  const shared = await sharedPackageDir(siteRoot)
  await add('shared/package.json', path.join(shared, 'package.json'))
  for (const file of await filesUnder(path.join(shared, 'dist'))) {
    await add(`shared/${path.relative(shared, file)}`, file)
  }
  // The workspace's lockfile (a copy of the site package built on its own has none beside it).
  const lockfile = path.join(siteRoot, '..', 'pnpm-lock.yaml')
  if (existsSync(lockfile)) await add('pnpm-lock.yaml', lockfile)
  hash.update(`\0node\0${process.version}`)
  for (const name of BUILD_SETTINGS) hash.update(`\0${name}\0${env[name]?.trim() ?? ''}`)
  return hash.digest('hex').slice(0, 32)
}
