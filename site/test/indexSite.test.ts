import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { indexSite } from '../indexSite.mjs'
import { readFragment } from '../searchPlaces.mjs'

/** A listing page as the site writes it, cut down to the parts the index treats differently. */
const LISTING = `<!doctype html><html lang="en"><head><title>Speech drop-in</title></head><body>
<article data-pagefind-body>
<span data-pagefind-meta="category">Health</span>
<h1 data-pagefind-meta="title">Speech drop-in</h1>
<p data-pagefind-meta="summary">Advice on talking and listening.</p>
<h2>Key facts</h2>
<dl class="lo-facts"><div><dt>Ages</dt><dd data-pagefind-meta="ages">Ages 0 to 5</dd></div>
<div><dt>Type of service</dt><dd>Speech and language therapy</dd></div></dl>
<h2 id="about">About this service</h2><p>Therapists see children who stammer.</p>
<h2 id="contact">Contact</h2>
<dl class="lo-facts"><div><dt>Phone</dt><dd><a href="tel:02079460000">020 7946 0000</a></dd></div>
<div><dt>Email</dt><dd><a class="lo-break" href="mailto:team@example.org">team@example.org</a></dd></div></dl>
<h2 id="where">Where</h2>
<div class="lo-location"><address class="lo-address">1 Mill Lane<br>Riverside</address>
<p class="govuk-body-s"><a class="govuk-link" href="https://maps.example/x" rel="noopener">Get directions</a></p>
<button type="button" data-lo-show-map="51.4,-0.2" hidden>Show map</button>
<h4>Accessibility</h4><p>Ramp at the side door.</p></div>
<p class="govuk-body"><a class="govuk-link" href="report-a-problem/">Report a problem with this page</a></p>
<span id="glossary-hint" hidden>what this means</span>
</article></body></html>`

let siteDir: string

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'index-site-'))
  await mkdir(path.join(siteDir, 'services', 'speech'), { recursive: true })
  await writeFile(path.join(siteDir, 'services', 'speech', 'index.html'), LISTING)
  await writeFile(path.join(siteDir, 'search-index-only.json'), '{}')
  await indexSite(siteDir)
}, 60_000)

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true })
})

async function onlyFragment() {
  const dir = path.join(siteDir, 'pagefind', 'fragment')
  const [name] = await readdir(dir)
  return readFragment(await readFile(path.join(dir, name!))) as {
    content: string
    meta: Record<string, string>
    anchors: unknown[]
  }
}

describe('what the search index keeps of a listing page', () => {
  it('keeps what families search by: the name, summary, key facts’ values, text and address', async () => {
    const { content } = await onlyFragment()
    for (const words of [
      'Speech drop-in',
      'Advice on talking and listening',
      'Ages 0 to 5',
      'Speech and language therapy',
      'Therapists see children who stammer',
      '1 Mill Lane',
      'Ramp at the side door',
    ]) {
      expect(content).toContain(words)
    }
  })

  it('leaves out the labels, headings, contact details and links every listing has', async () => {
    const { content } = await onlyFragment()
    for (const words of [
      'Type of service',
      'About this service',
      'Contact',
      'Phone',
      '020 7946 0000',
      'team@example.org',
      'Get directions',
      'Show map',
      'Accessibility',
      'Report a problem',
      'what this means',
    ]) {
      expect(content).not.toContain(words)
    }
  })

  it('keeps no anchors: the search page never links to a heading inside a result', async () => {
    const { anchors } = await onlyFragment()
    expect(anchors).toEqual([])
  })

  it('keeps the metadata the results show', async () => {
    const { meta } = await onlyFragment()
    expect(meta).toMatchObject({
      title: 'Speech drop-in',
      summary: 'Advice on talking and listening.',
      category: 'Health',
      ages: 'Ages 0 to 5',
    })
  })
})
