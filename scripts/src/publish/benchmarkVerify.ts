/**
 * How long the pre-release checks take on a site the size of a large Local Offer:
 * `pnpm --filter @local-offer/scripts benchmark:verify [listings]` (default 10,000 listings in
 * 3 languages = 30,000 listing pages) writes a synthetic build of realistic pages (about 15 KB,
 * 60 links each) to a temporary folder, verifies it, prints the time and removes the folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { localeCodes } from '@local-offer/shared'

import { verifyRelease } from './verifyRelease.js'

const SITE = 'https://localoffer.example.gov.uk'
/** The site's languages, from the one locale list. */
const locales = localeCodes
const listings = Number(process.argv[2] ?? 10_000)

function page(prefix: string, i: number): string {
  const links = Array.from(
    { length: 50 },
    (_, n) => `<li><a href="/${prefix}services/s${(i + n) % listings}/">Listing ${n}</a></li>`,
  ).join('')
  const filler = '<p>Speech and language therapy for children and young people.</p>'.repeat(150)
  return `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="${SITE}/${prefix}services/s${i}/"><link rel="alternate" hreflang="pl" href="${SITE}/pl/services/s${i}/"><script type="module" src="/_astro/page.js"></script></head><body><a href="#main">Skip</a><a href="/${prefix}">Home</a><a href="/${prefix}search/">Search</a><a href="mailto:team@example.org">Email</a><a href="https://nhs.uk/">NHS</a><img src="/_astro/logo.webp" srcset="/_astro/logo.webp 1x, /_astro/logo.webp 2x" alt=""><ul>${links}</ul>${filler}</body></html>`
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-verify-benchmark-'))
  try {
    console.log(`Writing ${listings * locales.length} listing pages…`)
    for (const file of ['_astro/site.css', '_astro/page.js', '_astro/logo.webp']) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
      await writeFile(path.join(dir, file), 'x')
    }
    await mkdir(path.join(dir, 'pagefind'), { recursive: true })
    await writeFile(
      path.join(dir, 'pagefind', 'pagefind-entry.json'),
      JSON.stringify({
        languages: Object.fromEntries(locales.map((code) => [code, { page_count: listings }])),
      }),
    )
    await writeFile(path.join(dir, '404.html'), page('', 0))
    for (const [l, code] of locales.entries()) {
      const prefix = l === 0 ? '' : `${code}/`
      for (const home of ['', 'search/']) {
        await mkdir(path.join(dir, prefix, home), { recursive: true })
        await writeFile(path.join(dir, prefix, home, 'index.html'), page(prefix, 0))
      }
      for (let i = 0; i < listings; i++) {
        const folder = path.join(dir, prefix, 'services', `s${i}`)
        await mkdir(folder, { recursive: true })
        await writeFile(path.join(folder, 'index.html'), page(prefix, i))
      }
    }
    const started = performance.now()
    const report = await verifyRelease(dir, {
      localeCodes: locales,
      publishedListings: [listings],
      siteUrl: SITE,
    })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Verified ${report.pages} pages (${report.linksChecked} links) in ${seconds.toFixed(1)} s.`,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
