/**
 * Checks the public site's budgets on a fresh build of the demo content:
 *   - a listing page is at most 20 KB of HTML and needs no JavaScript to read: it may only load
 *     small deferred module scripts that add to it (the shortlist button), at most 4 KB together;
 *   - all the site's CSS together is at most 40 KB;
 *   - the site (with its search index) builds in under a minute.
 * Prints the figures and exits 1 when a budget is missed.
 *
 *   pnpm --filter @local-offer/scripts budgets
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { buildDemoSite } from './site/demoSite.js'

export const BUDGETS = {
  listingHtmlBytes: 20 * 1000,
  listingScriptBytes: 4 * 1000,
  totalCssBytes: 40 * 1000,
  buildSeconds: 60,
}

export interface BudgetFigures {
  listingPages: number
  averageListingBytes: number
  largestListing: { path: string; bytes: number }
  /** Listings with a script that runs before or instead of the page (inline or classic). */
  listingsWithScripts: string[]
  /** The most JavaScript one listing loads (its module scripts, which only enhance it). */
  largestListingScriptBytes: number
  totalCssBytes: number
  cssFiles: number
  unusedCssFiles: string[]
  buildSeconds: number
  pages: number
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((entry) => entry.endsWith(suffix)).map((entry) => path.join(dir, entry))
}

/** Script elements that run code (JSON-LD data blocks are not scripts a reader needs). */
const RUNNABLE_SCRIPT = /<script(?![^>]*type="application\/ld\+json")[^>]*>/gi
/** A deferred module script from a file: it runs after the page is read and only adds to it. */
const ENHANCEMENT_SCRIPT = /^<script type="module" src="([^"]+)"><\/script>$/i

export async function measureSite(
  outDir: string,
  buildSeconds: number,
  pages: number,
): Promise<BudgetFigures> {
  const listings = (await filesUnder(outDir, 'index.html')).filter((file) =>
    /(^|\/)services\/[^/]+\/index\.html$/.test(path.relative(outDir, file)),
  )
  let total = 0
  let largest = { path: '', bytes: 0 }
  const withScripts: string[] = []
  let largestScripts = 0
  for (const file of listings) {
    const html = await readFile(file, 'utf8')
    const bytes = Buffer.byteLength(html)
    total += bytes
    if (bytes > largest.bytes) largest = { path: path.relative(outDir, file), bytes }
    let scriptBytes = 0
    for (const match of html.matchAll(RUNNABLE_SCRIPT)) {
      const tag = html.slice(match.index, html.indexOf('</script>', match.index) + 9)
      const src = ENHANCEMENT_SCRIPT.exec(tag)?.[1]
      if (!src) {
        withScripts.push(path.relative(outDir, file))
        break
      }
      scriptBytes += (await stat(path.join(outDir, src.replace(/^\//, '')))).size
    }
    largestScripts = Math.max(largestScripts, scriptBytes)
  }
  // The CSS the pages load (Pagefind also writes styles for its own ready-made UI, which the
  // site does not use; they are listed separately).
  const stylesheets = new Set<string>()
  for (const file of await filesUnder(outDir, '.html')) {
    const html = await readFile(file, 'utf8')
    for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      stylesheets.add(match[1]!)
    }
  }
  const cssFiles = [...stylesheets].map((href) => path.join(outDir, href.replace(/^\//, '')))
  let css = 0
  for (const file of cssFiles) css += (await stat(file)).size
  const unusedCss = (await filesUnder(outDir, '.css')).filter((file) => !cssFiles.includes(file))
  return {
    listingPages: listings.length,
    averageListingBytes: listings.length ? Math.round(total / listings.length) : 0,
    largestListing: largest,
    listingsWithScripts: withScripts,
    largestListingScriptBytes: largestScripts,
    totalCssBytes: css,
    cssFiles: cssFiles.length,
    unusedCssFiles: unusedCss.map((file) => path.relative(outDir, file)),
    buildSeconds,
    pages,
  }
}

export function budgetProblems(figures: BudgetFigures): string[] {
  const problems: string[] = []
  if (figures.listingPages === 0) problems.push('No listing pages were built.')
  if (figures.largestListing.bytes > BUDGETS.listingHtmlBytes)
    problems.push(
      `Listing page ${figures.largestListing.path} is ${figures.largestListing.bytes} bytes (budget ${BUDGETS.listingHtmlBytes}).`,
    )
  if (figures.listingsWithScripts.length > 0)
    problems.push(
      `Listing pages load JavaScript: ${figures.listingsWithScripts.slice(0, 5).join(', ')}`,
    )
  if (figures.largestListingScriptBytes > BUDGETS.listingScriptBytes)
    problems.push(
      `A listing page loads ${figures.largestListingScriptBytes} bytes of JavaScript (budget ${BUDGETS.listingScriptBytes}).`,
    )
  if (figures.totalCssBytes > BUDGETS.totalCssBytes)
    problems.push(`The CSS is ${figures.totalCssBytes} bytes (budget ${BUDGETS.totalCssBytes}).`)
  if (figures.buildSeconds > BUDGETS.buildSeconds)
    problems.push(
      `The site took ${figures.buildSeconds.toFixed(1)} s to build (budget ${BUDGETS.buildSeconds} s).`,
    )
  return problems
}

async function main(): Promise<void> {
  console.log('Building the demo site from a throwaway CMS…')
  const demo = await buildDemoSite({
    cmsPort: Number(process.env.BUDGET_CMS_PORT ?? 4393),
    siteUrl: 'http://127.0.0.1:4394',
  })
  try {
    const figures = await measureSite(demo.outDir, demo.build.seconds, demo.build.pages)
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
    console.log(
      `  pages built:             ${figures.pages} in ${figures.buildSeconds.toFixed(1)} s (budget ${BUDGETS.buildSeconds} s; search index ${demo.build.pagefindSeconds.toFixed(1)} s)`,
    )
    console.log(
      `  listing pages:           ${figures.listingPages}, average ${kb(figures.averageListingBytes)} of HTML`,
    )
    console.log(
      `  largest listing page:    ${kb(figures.largestListing.bytes)} (${figures.largestListing.path}; budget ${kb(BUDGETS.listingHtmlBytes)})`,
    )
    console.log(`  listing pages with inline or blocking JS: ${figures.listingsWithScripts.length}`)
    console.log(
      `  most JS on a listing:    ${kb(figures.largestListingScriptBytes)} of deferred modules (budget ${kb(BUDGETS.listingScriptBytes)})`,
    )
    console.log(
      `  CSS:                     ${kb(figures.totalCssBytes)} in ${figures.cssFiles} file(s) (budget ${kb(BUDGETS.totalCssBytes)})`,
    )
    const problems = budgetProblems(figures)
    if (problems.length > 0) {
      console.error(`\nBudgets missed:\n  ${problems.join('\n  ')}`)
      process.exitCode = 1
    } else {
      console.log('\nAll budgets met.')
    }
  } finally {
    await demo.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
