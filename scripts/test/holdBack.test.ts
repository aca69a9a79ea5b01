import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { holdBackSetting, keepPreviousPages, unusableDocumentsIn } from '../src/publish/holdBack.js'

const SITE = 'https://localoffer.example.gov.uk'
const locales = ['en', 'pl', 'ar'] as const
let root: string

async function put(file: string, content: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), content)
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'local-offer-hold-back-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('documents the site could not use', () => {
  it('are read from the loader’s message in the build output, by collection and id', () => {
    const output = [
      '[site] 10:00:01 [ERROR] The CMS sent 2 services document(s) the site cannot use:',
      '[site]   services id 12: name: Required',
      '[site]   pages id 7: body: Expected object',
      '[site]   services id 12: name: Required',
      '[site] glossary-terms id 3: term: Required',
    ].join('\n')
    expect(unusableDocumentsIn(output)).toEqual([
      { collection: 'services', id: '12', reason: 'name: Required' },
      { collection: 'pages', id: '7', reason: 'body: Expected object' },
    ])
    expect(unusableDocumentsIn('Cannot find module ./Layout.astro')).toEqual([])
  })

  it('become the build’s SITE_HOLD_BACK, by id and slug', () => {
    expect(
      holdBackSetting([
        { collection: 'services', id: '12', reason: 'r', keptPrevious: false },
        { collection: 'services', slug: 'b', reason: 'r', keptPrevious: false },
        { collection: 'pages', id: '7', slug: 'help', reason: 'r', keptPrevious: true },
      ]),
    ).toEqual({ services: ['12', 'b'], pages: ['7', 'help'] })
  })
})

describe('keeping the previous release’s pages for a held-back listing', () => {
  const page = (body: string) =>
    `<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`

  it('copies them in every language when everything they refer to is in the new build', async () => {
    await put('new/_astro/site.css', 'x')
    await put('new/index.html', page(''))
    for (const prefix of ['', 'pl/', 'ar/']) {
      await put(`old/${prefix}services/b/index.html`, page(`old ${prefix}<a href="/">home</a>`))
    }
    const kept = await keepPreviousPages(
      path.join(root, 'old'),
      path.join(root, 'new'),
      { collection: 'services', slug: 'b' },
      locales,
      SITE,
    )
    expect(kept).toBe(true)
    expect(await readFile(path.join(root, 'new/pl/services/b/index.html'), 'utf8')).toContain(
      'old pl/',
    )
  })

  it('keeps the listing’s report page with it, whose link from the listing then resolves', async () => {
    await put('new/_astro/site.css', 'x')
    await put('new/index.html', page(''))
    for (const prefix of ['', 'pl/', 'ar/']) {
      await put(
        `old/${prefix}services/c/index.html`,
        page('<a href="report-a-problem/">report</a>'),
      )
      await put(`old/${prefix}services/c/report-a-problem/index.html`, page(`form ${prefix}`))
    }
    const kept = await keepPreviousPages(
      path.join(root, 'old'),
      path.join(root, 'new'),
      { collection: 'services', slug: 'c' },
      locales,
      SITE,
    )
    expect(kept).toBe(true)
    expect(
      await readFile(path.join(root, 'new/ar/services/c/report-a-problem/index.html'), 'utf8'),
    ).toContain('form ar/')
  })

  it('does not keep a listing whose report page is missing while it links to one', async () => {
    await put('new/_astro/site.css', 'x')
    await put('new/index.html', page(''))
    for (const prefix of ['', 'pl/', 'ar/']) {
      await put(
        `old/${prefix}services/d/index.html`,
        page('<a href="report-a-problem/">report</a>'),
      )
    }
    expect(
      await keepPreviousPages(
        path.join(root, 'old'),
        path.join(root, 'new'),
        { collection: 'services', slug: 'd' },
        locales,
        SITE,
      ),
    ).toBe(false)
  })

  it('keeps nothing when a language is missing or a file they need is gone', async () => {
    await put('new/index.html', page(''))
    for (const prefix of ['', 'pl/', 'ar/']) {
      await put(`old/${prefix}services/b/index.html`, page('old'))
    }
    // The stylesheet the old pages use is not in the new build.
    expect(
      await keepPreviousPages(
        path.join(root, 'old'),
        path.join(root, 'new'),
        { collection: 'services', slug: 'b' },
        locales,
        SITE,
      ),
    ).toBe(false)
    await put('new/_astro/site.css', 'x')
    await rm(path.join(root, 'old/ar'), { recursive: true })
    expect(
      await keepPreviousPages(
        path.join(root, 'old'),
        path.join(root, 'new'),
        { collection: 'services', slug: 'b' },
        locales,
        SITE,
      ),
    ).toBe(false)
    expect(
      await keepPreviousPages(
        null,
        path.join(root, 'new'),
        { collection: 'services', slug: 'b' },
        locales,
        SITE,
      ),
    ).toBe(false)
  })
})
