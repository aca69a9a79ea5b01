import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { expect, test } from '@playwright/test'

/**
 * WCAG 1.4.10 (reflow): no page of the built site scrolls sideways at 320 CSS pixels wide, in
 * any language. Every page the build wrote is visited, so a new page or a long word in new
 * content is caught; the failures are listed by address with how wide each page was.
 */
async function builtPagePaths(): Promise<string[]> {
  const outDir = process.env.E2E_SITE_DIR
  if (!outDir) throw new Error('E2E_SITE_DIR is not set: the global setup builds the site.')
  const files = (await readdir(outDir, { recursive: true })).filter(
    (file) => file.endsWith('index.html') || file === '404.html',
  )
  // Pages only: the static Open Referral feed writes JSON documents as index.html files too
  // (openreferral/index.html is the API's root document), which are not pages to reflow.
  const pages: string[] = []
  for (const file of files) {
    const start = (await readFile(path.join(outDir, file), 'utf8')).slice(0, 100).toLowerCase()
    if (start.startsWith('<!doctype html')) pages.push(file)
  }
  return pages
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort()
}

test('no built page scrolls sideways at 320 px, in any language', async ({ page }) => {
  test.setTimeout(20 * 60_000)
  const paths = await builtPagePaths()
  expect(paths.length).toBeGreaterThan(100)
  for (const locale of ['/pl/', '/ar/']) expect(paths.some((p) => p.startsWith(locale))).toBe(true)
  await page.setViewportSize({ width: 320, height: 640 })
  const failures: string[] = []
  for (const pagePath of paths) {
    await page.goto(pagePath, { waitUntil: 'load' })
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }))
    if (widths.scroll > widths.viewport) failures.push(`${pagePath} is ${widths.scroll} px wide`)
  }
  expect(failures, `${failures.length} of ${paths.length} pages scroll sideways at 320 px`).toEqual(
    [],
  )
})
