import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { indexSite } from '../indexSite.mjs'
import { SEARCH_PLACES_DIR } from '../searchPlaces.mjs'
import {
  rankByDistance,
  resultPlacesFrom,
  resultPlacesFromMeta,
} from '../src/components/search/nearMe'

// A family in WB1 2AB (51.4561, -0.1920) and venues at known distances from it.
const home = { latitude: 51.4561, longitude: -0.192 }

const page = (lang: string, title: string, body = '') =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>` +
  `<article data-pagefind-body><h1>${title}</h1><p>Speech and language support.</p>${body}</article>` +
  `</body></html>`

/** The index-only part a listing gets (src/searchIndex/indexOnly.ts), by hand. */
const placed = (places: string) =>
  `<div hidden><span data-pagefind-meta="places:${places}"></span></div>`
const noVenue = '<div hidden><span data-pagefind-meta="venue:none"></span></div>'

let siteDir: string

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'search-places-'))
  const pages: Record<string, string> = {
    'services/far/index.html': page('en', 'Far', placed('51.4189,-0.2946')),
    'services/near/index.html': page('en', 'Near', placed('51.4761,-0.186;51.4581,-0.19')),
    'services/phone-line/index.html': page('en', 'Phone line', noVenue),
    'services/not-placed/index.html': page('en', 'Not placed'),
    'information/guide/index.html': page('en', 'Guide'),
    'pl/services/near/index.html': page('pl', 'Blisko', placed('51.4581,-0.19')),
  }
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true })
    await writeFile(path.join(siteDir, file), html)
  }
  await writeFile(path.join(siteDir, 'search-index-only.json'), '{}')
  await indexSite(siteDir)
}, 60_000)

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true })
})

const placesFile = async (language: string) =>
  JSON.parse(
    await readFile(path.join(siteDir, SEARCH_PLACES_DIR, `${language}.json`), 'utf8'),
  ) as Record<string, string>

describe('the places file near-me search ranks by', () => {
  it('has one file per language, each listing keyed by the id Pagefind gave its page', async () => {
    const english = await placesFile('en')
    const polish = await placesFile('pl')
    expect(Object.keys(polish)).toHaveLength(1)
    expect(Object.keys(polish)[0]).toMatch(/^pl_/)
    // Three listings have something to rank by; the unplaced listing and the guide have not.
    expect(Object.values(english).sort()).toEqual([
      '',
      '51.4189,-0.2946',
      '51.4761,-0.186;51.4581,-0.19',
    ])
    for (const id of Object.keys(english)) {
      // The id is the fragment's name: the page fetches `pagefind/fragment/<id>.pf_fragment`.
      await expect(
        readFile(path.join(siteDir, 'pagefind', 'fragment', `${id}.pf_fragment`)),
      ).resolves.toBeInstanceOf(Buffer)
    }
  })

  it('ranks the results nearest first, the listing with no venue after them, marked', async () => {
    const english = await placesFile('en')
    const idOf = (places: string) => Object.keys(english).find((id) => english[id] === places)!
    const results = [
      { id: 'en_guide-not-in-file' },
      { id: idOf('') },
      { id: idOf('51.4189,-0.2946') },
      { id: idOf('51.4761,-0.186;51.4581,-0.19') },
    ]
    const ranked = rankByDistance(results, resultPlacesFrom(english), home, null)
    expect(ranked.map((r) => r.result.id)).toEqual([
      idOf('51.4761,-0.186;51.4581,-0.19'),
      idOf('51.4189,-0.2946'),
      'en_guide-not-in-file',
      idOf(''),
    ])
    expect(ranked[0]?.miles).toBeCloseTo(0.16, 1)
    expect(ranked.map((r) => r.noVenue)).toEqual([false, false, false, true])
    // Within 3 miles the far venue (~4.9 miles) is left out; those without a distance stay.
    const within = rankByDistance(results, resultPlacesFrom(english), home, 3)
    expect(within.map((r) => r.result.id)).not.toContain(idOf('51.4189,-0.2946'))
    expect(within).toHaveLength(3)
  })

  it('reads a tampered or missing file as nothing to rank by, never as an error', () => {
    for (const data of [null, 'text', 42, ['en_1'], { en_1: 5, en_2: { x: 1 } }]) {
      expect(resultPlacesFrom(data).size).toBe(0)
    }
    expect(resultPlacesFrom({ en_1: 'x,y;51.1,-0.2' }).get('en_1')).toEqual([
      { latitude: 51.1, longitude: -0.2 },
    ])
  })

  it('falls back to the fragments’ own metadata, with the same meaning', () => {
    const places = resultPlacesFromMeta([
      { id: 'en_a', meta: { places: '51.4581,-0.19' } },
      { id: 'en_b', meta: { venue: 'none' } },
      { id: 'en_c', meta: { title: 'Guide' } },
    ])
    expect(places.get('en_a')).toHaveLength(1)
    expect(places.get('en_b')).toEqual([])
    expect(places.has('en_c')).toBe(false)
  })
})
