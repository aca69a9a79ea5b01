import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { failureReason } from '../src/publish/failureReason.js'
import { failureLines } from '../src/site/childProcess.js'
import { linkedPath, linksIn, verifyRelease } from '../src/publish/verifyRelease.js'

const SITE = 'https://localoffer.example.gov.uk'
const locales = ['en', 'pl', 'ar'] as const
let dir: string

async function put(file: string, content: string) {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
  await writeFile(path.join(dir, file), content)
}

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel=canonical href="${SITE}/"></head><body>${body}</body></html>`

/** A small but complete build: 2 listings in 3 languages. */
async function completeBuild() {
  await put('_astro/site.css', 'body{}')
  await put('_astro/photo.webp', 'x')
  await put('404.html', page('Not found'))
  await put(
    'pagefind/pagefind-entry.json',
    JSON.stringify({
      languages: {
        'en-gb': { page_count: 10 },
        pl: { page_count: 10 },
        ar: { page_count: 10 },
      },
    }),
  )
  for (const [i, code] of locales.entries()) {
    const prefix = i === 0 ? '' : `${code}/`
    await put(
      `${prefix}index.html`,
      page(
        `<a href="/${prefix}services/a/">A</a> <a href="services/b/">B</a> <a href="mailto:x@example.org">mail</a> <a href="https://elsewhere.example.org/nope">out</a> <a href="#main">skip</a>`,
      ),
    )
    for (const slug of ['a', 'b']) {
      await put(
        `${prefix}services/${slug}/index.html`,
        page(
          `<a href="../../">Home</a><img src="/_astro/photo.webp" srcset="/_astro/photo.webp 1x, /_astro/photo.webp?v=2 2x" alt=""><a href="/search/?q=a&amp;b=c">s</a>`,
        ),
      )
    }
  }
  await put('search/index.html', page(''))
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-verify-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const expectations = { localeCodes: locales, publishedListings: [2], siteUrl: SITE }

describe('verifying a build before it goes live', () => {
  it('passes a complete build and counts what it checked', async () => {
    await completeBuild()
    const report = await verifyRelease(dir, expectations)
    expect(report).toMatchObject({ pages: 11, listingPages: 6, openReferralFiles: 0 })
    expect(report.linksChecked).toBeGreaterThan(30)
  })

  it('refuses a missing home page, 404 page or search index for a language', async () => {
    await completeBuild()
    await rm(path.join(dir, 'pl', 'index.html'))
    await rm(path.join(dir, '404.html'))
    await put(
      'pagefind/pagefind-entry.json',
      JSON.stringify({ languages: { en: { page_count: 3 } } }),
    )
    const check = verifyRelease(dir, expectations)
    await expect(check).rejects.toThrow(/pl\/index\.html is missing/)
    await expect(check).rejects.toThrow(/404\.html is missing/)
    await expect(check).rejects.toThrow(/no pages in the "ar" language/)
  })

  it('refuses a build with fewer listing pages than the CMS publishes', async () => {
    await completeBuild()
    await expect(verifyRelease(dir, { ...expectations, publishedListings: [3] })).rejects.toThrow(
      'The build has 6 listing pages, but the CMS publishes 3 listings in 3 languages (9 pages)',
    )
    // Content published during the build: either count is accepted.
    await expect(
      verifyRelease(dir, { ...expectations, publishedListings: [3, 2] }),
    ).resolves.toMatchObject({ listingPages: 6 })
  })

  it('refuses a page that links to a page or asset that is not in the build', async () => {
    await completeBuild()
    await put(
      'ar/services/b/index.html',
      page('<img src="/_astro/missing.png" alt=""><a href="/information/gone/">x</a>'),
    )
    await expect(verifyRelease(dir, expectations)).rejects.toThrow(
      /2 link\(s\).*ar\/services\/b\/index\.html links to \/_astro\/missing\.png; ar\/services\/b\/index\.html links to \/information\/gone\//,
    )
  })

  it('does not read again the pages an incremental build reused from a verified release', async () => {
    await completeBuild()
    // The release they came from: every file it had is still here.
    const from = await mkdtemp(path.join(tmpdir(), 'local-offer-verify-from-'))
    await cp(dir, from, { recursive: true })
    await put('pl/services/b/index.html', page('<a href="/nowhere/">x</a>'))
    const reused = { from, pages: new Set(['pl/services/b/index.html']) }
    try {
      const report = await verifyRelease(dir, { ...expectations, reused })
      expect(report.listingPages).toBe(6)
      expect(report.reusedReadBecause).toBeUndefined()
      // Once a file of that release is gone, the reused pages are read again.
      await writeFile(path.join(from, 'withdrawn.html'), page(''))
      await expect(verifyRelease(dir, { ...expectations, reused })).rejects.toThrow(
        /pl\/services\/b\/index.html links to \/nowhere\//,
      )
      // Any other page is read as before.
      await rm(path.join(from, 'withdrawn.html'))
      await put('services/a/index.html', page('<a href="/nowhere/">x</a>'))
      await expect(verifyRelease(dir, { ...expectations, reused })).rejects.toThrow(
        /services\/a\/index.html links to \/nowhere\//,
      )
    } finally {
      await rm(from, { recursive: true, force: true })
    }
  })

  it('checks absolute links to the site itself', async () => {
    await completeBuild()
    await put(
      'search/index.html',
      page(`<link rel="alternate" hreflang="pl" href="${SITE}/pl/search/">`),
    )
    await expect(verifyRelease(dir, expectations)).rejects.toThrow(
      /links to https:\/\/localoffer.*\/pl\/search\//,
    )
  })

  it('refuses an Open Referral export that is not valid JSON', async () => {
    await completeBuild()
    await put('openreferral/services.json', '{"ok": true}')
    await put('openreferral/organizations.json', '{"truncated": ')
    await expect(verifyRelease(dir, expectations)).rejects.toThrow(
      /1 Open Referral file\(s\) are not valid JSON, e.g\. openreferral\/organizations\.json/,
    )
  })

  it('passes a listing whose text shows HTML as words (escaped), with no link read from text', async () => {
    await completeBuild()
    // A provider's summary that talks about HTML, escaped on the page as Astro writes it; and the
    // same words inside an inline script (JSON-LD), which is text to an HTML parser.
    await put(
      'services/a/index.html',
      page(
        '<p>How to add a picture: write &lt;img src=photo.jpg alt="x"&gt; in the page, or &lt;a href=\'/nowhere/\'&gt;.</p>' +
          '<script type="application/ld+json">{"description":"write <img src=photo.jpg> here"}</script>' +
          '<a href="../../">Home</a>',
      ),
    )
    await expect(verifyRelease(dir, expectations)).resolves.toMatchObject({ listingPages: 6 })
  })

  it('reads links from elements and attributes, decoding character references', () => {
    expect(
      linksIn(
        '<a HREF="/search/?q=a&amp;b=c">s</a><img src=/x.webp srcset="/x.webp 1x, /y.webp 2x" alt="">' +
          '<p>&lt;a href="/text/"&gt;</p><astro-island component-url="/_astro/A.js"></astro-island>',
      ),
    ).toEqual(['/search/?q=a&b=c', '/x.webp', '/x.webp', '/y.webp', '/_astro/A.js'])
  })

  it('resolves relative, absolute and external links', () => {
    const site = new URL(`${SITE}/`)
    expect(linkedPath('pl/services/a/index.html', '../b/', site)).toBe('pl/services/b/')
    expect(linkedPath('index.html', `${SITE}/a-z/#x`, site)).toBe('a-z/')
    expect(linkedPath('index.html', 'https://cms.example.org/api/comments', site)).toBeNull()
    expect(linkedPath('index.html', 'tel:0121', site)).toBeNull()
    expect(linkedPath('index.html', '/caf%C3%A9/', site)).toBe('café/')
  })
})

describe('the reason a failed build gives', () => {
  it('is the error the build printed, without log lines or the stack trace', () => {
    const error = new Error(
      [
        '/site/node_modules/.bin/astro build failed (exit 1):',
        '[site] 10:56:53 [content] Syncing content',
        '[site] Could not reach the CMS at http://127.0.0.1:4409 (Error: connect ECONNREFUSED 127.0.0.1:4409).',
        '[site]   Location:',
        '[site]     /work/site/src/loader/cmsClient.ts:27:13',
        '[site]   Stack trace:',
      ].join('\n'),
    )
    expect(failureReason(error)).toBe(
      'Could not reach the CMS at http://127.0.0.1:4409 (Error: connect ECONNREFUSED 127.0.0.1:4409).',
    )
  })
})

describe('one bad listing', () => {
  it('is reported on its own when its pages have a broken link, so it can be held back', async () => {
    await completeBuild()
    await put('pl/services/b/index.html', page('<a href="/services/nowhere/">provider link</a>'))
    await expect(verifyRelease(dir, expectations)).rejects.toThrow(/pl\/services\/b\/index.html/)
    const report = await verifyRelease(dir, { ...expectations, perItem: true })
    expect(report.itemProblems).toEqual([
      {
        item: { collection: 'services', slug: 'b' },
        reason:
          'Its page links to /services/nowhere/, which is not on the site. Correct or remove the link.',
      },
    ])
  })

  it('fails the whole build when a page that is not a listing has a broken link', async () => {
    await completeBuild()
    await put('search/index.html', page('<a href="/gone/">gone</a>'))
    await expect(verifyRelease(dir, { ...expectations, perItem: true })).rejects.toThrow(
      /search\/index.html links to \/gone\//,
    )
  })

  it('held back without an earlier page: links to its pages are not broken', async () => {
    await completeBuild()
    for (const prefix of ['', 'pl/', 'ar/'])
      await rm(path.join(dir, `${prefix}services/b`), { recursive: true })
    await expect(verifyRelease(dir, { ...expectations, publishedListings: [1] })).rejects.toThrow(
      /services\/b\//,
    )
    const report = await verifyRelease(dir, {
      ...expectations,
      publishedListings: [1],
      absent: [{ collection: 'services', slug: 'b' }],
    })
    expect(report.listingPages).toBe(3)
  })

  it('that merely shows HTML as words has no link in it', async () => {
    await completeBuild()
    await put(
      'services/a/index.html',
      page('<p>How to add a picture: write &lt;img src=photo.jpg alt="x"&gt; in the page.</p>'),
    )
    expect((await verifyRelease(dir, { ...expectations, perItem: true })).itemProblems).toEqual([])
  })
})

describe('the reason a failed build gives, when a stack trace fills its output', () => {
  it('is the error Node printed, not a stack frame or what Node prints after it', () => {
    const error = new Error(
      [
        'node bin/publish-site.mjs failed (exit 1):',
        '\u001b[31mError: EFBIG: file too large, write\u001b[39m',
        '    at async write (node:internal/fs/promises:618:11)',
        '    at async Object.load (/work/site/src/loader/payloadLoader.ts:53:15)',
        '  errno: -27,',
        "  code: 'EFBIG',",
        '}',
        '',
        'Node.js v22.12.0',
      ].join('\n'),
    )
    expect(failureReason(error)).toBe('Error: EFBIG: file too large, write')
  })

  it('is the error stated after the stack when the stack came first', () => {
    const error = new Error(
      [
        'astro build failed (exit 1):',
        '    at Object.load (/work/site/src/loader/payloadLoader.ts:53:15)',
        '[site] 10:56:53 [ERROR] [build] The CMS has no published services.',
      ].join('\n'),
    )
    expect(failureReason(error)).toBe('[ERROR] [build] The CMS has no published services.')
  })
})

describe('the lines a failed command keeps for its reason', () => {
  it('keeps the error a long stack trace pushed out of its last lines', () => {
    const frames = Array.from({ length: 30 }, (_, i) => `    at frame${i} (file.js:${i}:1)`)
    const lines = failureLines(['building', 'TypeError: x is not a function', ...frames, 'done'])
    expect(lines[0]).toBe('TypeError: x is not a function')
    expect(lines).toHaveLength(16)
    expect(failureLines(['a', 'Error: shown', 'b'])).toEqual(['a', 'Error: shown', 'b'])
    expect(failureLines(frames)).toEqual(frames.slice(-15))
  })
})
