import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { BUDGETS, budgetProblems, measureSite } from '../src/budgets'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgets-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

async function page(relative: string, html: string) {
  await mkdir(path.join(dir, path.dirname(relative)), { recursive: true })
  await writeFile(path.join(dir, relative), html)
}

describe('the site budget check', () => {
  it('measures listing pages in every locale, CSS, and finds runnable scripts but not JSON-LD', async () => {
    await page(
      'services/a/index.html',
      `<html><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{}</script>${'x'.repeat(1000)}</html>`,
    )
    await page('pagefind/pagefind-ui.css', 'b{}'.repeat(1000))
    await page('pl/services/b/index.html', `<html><script>document.write('x')</script></html>`)
    await page(
      'ar/services/c/index.html',
      `<html><script type="module" src="/_astro/save.js"></script></html>`,
    )
    await page('_astro/save.js', 'j'.repeat(1200))
    await page('index.html', `<html>${'y'.repeat(50_000)}</html>`)
    await page('_astro/site.css', 'a{}'.repeat(100))
    const figures = await measureSite(dir, 12.5, 3)
    expect(figures.listingPages).toBe(3)
    expect(figures.largestListing.path).toBe('services/a/index.html')
    // An inline script is reported; a small deferred module from a file (an enhancement) is measured.
    expect(figures.listingsWithScripts).toEqual(['pl/services/b/index.html'])
    expect(figures.largestListingScriptBytes).toBe(1200)
    expect(figures.totalCssBytes).toBe(300)
    expect(figures.unusedCssFiles).toEqual(['pagefind/pagefind-ui.css'])
    expect(budgetProblems(figures)).toEqual([
      'Listing pages load JavaScript: pl/services/b/index.html',
    ])
  })

  it('counts the enhancement scripts a listing loads against their budget', async () => {
    await page(
      'services/a/index.html',
      `<html><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></html>`,
    )
    await page('_astro/a.js', 'j'.repeat(BUDGETS.listingScriptBytes))
    await page('_astro/b.js', 'j')
    const problems = budgetProblems(await measureSite(dir, 1, 1))
    expect(problems).toEqual([
      `A listing page loads ${BUDGETS.listingScriptBytes + 1} bytes of JavaScript (budget ${BUDGETS.listingScriptBytes}).`,
    ])
  })

  it('reports each budget that is missed', async () => {
    const links =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">'
    await page(
      'services/big/index.html',
      links + 'z'.repeat(BUDGETS.listingHtmlBytes + 1 - links.length),
    )
    await page('_astro/a.css', 'c'.repeat(BUDGETS.totalCssBytes))
    await page('_astro/b.css', 'c')
    const problems = budgetProblems(await measureSite(dir, BUDGETS.buildSeconds + 1, 1))
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/services\/big\/index.html is 20001 bytes/)
    expect(problems[1]).toMatch(/CSS is 40001 bytes/)
    expect(problems[2]).toMatch(/took 61.0 s/)
  })
})
