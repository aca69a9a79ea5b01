/**
 * Holding back one bad document instead of failing the whole build (docs/publishing.md): which
 * documents the build could not use, and keeping the pages an earlier release had for them.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { HeldBackItem } from '@local-offer/shared/publishReport'

import {
  itemPagePaths,
  linkedPath,
  linksIn,
  listFiles,
  resolves,
  type ItemRef,
} from './verifyRelease.js'

/** The collections whose documents have pages of their own and may be held back. */
const ITEM_COLLECTIONS = ['services', 'pages'] as const

/**
 * Documents the site's loader refused ("services id 12: name: Required"), read from the build's
 * output (see site/src/loader/payloadLoader.ts checkDocuments).
 */
export function unusableDocumentsIn(
  output: string,
): { collection: ItemRef['collection']; id: string; reason: string }[] {
  const found = new Map<string, { collection: ItemRef['collection']; id: string; reason: string }>()
  const line = new RegExp(
    `^\\s*(?:\\[site\\]\\s*)?(${ITEM_COLLECTIONS.join('|')}) id (\\S+): (.+)$`,
    'gm',
  )
  for (const match of output.matchAll(line)) {
    const collection = match[1] as ItemRef['collection']
    const id = match[2] as string
    found.set(`${collection}/${id}`, { collection, id, reason: (match[3] as string).trim() })
  }
  return [...found.values()]
}

/**
 * Copies the pages `previousDir` (the live release) has for a held-back document into the new
 * build, if it has them in every language and every link and file they refer to is in the new
 * build too (an old page whose stylesheet was renamed since would arrive broken). True if kept.
 */
export async function keepPreviousPages(
  previousDir: string | null,
  buildDir: string,
  item: ItemRef,
  localeCodes: readonly string[],
  siteUrl: string,
): Promise<boolean> {
  if (!previousDir) return false
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)
  const files = await listFiles(buildDir)
  const pages: string[] = []
  const htmlOf = new Map<string, string>()
  for (const page of itemPagePaths(item, localeCodes)) {
    try {
      htmlOf.set(page, await readFile(path.join(previousDir, page), 'utf8'))
      pages.push(page)
    } catch {
      // A release from before listings had a report page has none: its listing pages do not
      // link to one either (the link check below holds them back if they do).
      if (!isReportPage(page)) return false
    }
  }
  for (const page of pages) files.add(page)
  for (const page of pages) {
    const html = htmlOf.get(page) ?? ''
    for (const link of linksIn(html)) {
      const target = linkedPath(page, link, site)
      if (target !== null && !resolves(target, files)) return false
    }
  }
  for (const page of pages) {
    await mkdir(path.dirname(path.join(buildDir, page)), { recursive: true })
    await copyFile(path.join(previousDir, page), path.join(buildDir, page))
  }
  return true
}

const isReportPage = (page: string) => page.endsWith('/report-a-problem/index.html')

/** SITE_HOLD_BACK for the build: ids or slugs by collection. */
export function holdBackSetting(items: readonly HeldBackItem[]): Record<string, string[]> {
  const setting: Record<string, string[]> = {}
  for (const item of items) {
    const keys = (setting[item.collection] ??= [])
    if (item.id) keys.push(item.id)
    if (item.slug) keys.push(item.slug)
  }
  return setting
}
