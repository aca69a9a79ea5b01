import path from 'node:path'

import { siteDir } from '../site/workspacePaths.js'

export interface PublishSettings {
  cmsUrl: string
  cmsPublicUrl: string
  siteUrl: string
  releasesDir: string
  keep: number
}

type Environment = Record<string, string | undefined>

/** Where releases go unless SITE_RELEASES_DIR says otherwise (git-ignored). */
export const defaultReleasesDir = path.join(siteDir, 'releases')

function webAddress(name: string, value: string): string {
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '')
  } catch {
    // reported below
  }
  throw new Error(`${name} must be a web address like https://example.org, not "${value}".`)
}

/** The publish command's settings, from the environment (see docs/publishing.md). */
export function publishSettingsFromEnv(env: Environment = process.env): PublishSettings {
  const cmsUrl = webAddress('CMS_URL', env.CMS_URL?.trim() || 'http://127.0.0.1:3000')
  const keepText = env.SITE_RELEASES_KEEP?.trim() || '3'
  const keep = Number(keepText)
  if (!Number.isInteger(keep) || keep < 1) {
    throw new Error(`SITE_RELEASES_KEEP must be a whole number of 1 or more, not "${keepText}".`)
  }
  return {
    cmsUrl,
    cmsPublicUrl: webAddress('CMS_PUBLIC_URL', env.CMS_PUBLIC_URL?.trim() || cmsUrl),
    siteUrl: webAddress('SITE_URL', env.SITE_URL?.trim() || 'http://localhost:4321'),
    releasesDir: path.resolve(env.SITE_RELEASES_DIR?.trim() || defaultReleasesDir),
    keep,
  }
}
