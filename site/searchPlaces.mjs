// @ts-check
/**
 * Writes the file near-me search ranks by: for each language, every listing's venues keyed by its
 * Pagefind result id, `search-places/en.json` → `{ "en_4f1c2a9": "51.4561,-0.192;51.46,-0.2",
 * "en_77ab01c": "" }`. A listing with no venue (a phone line, outreach) has "", a listing whose
 * venues could not be placed and every other page are left out.
 *
 * Without it, sorting by distance meant fetching every result's Pagefind fragment (~2.6 KB gzip
 * each) to read its venues: about 485 KB for a search with 200 results at 1,000 listings. With it
 * the page fetches this one small file and only the fragments of the results it shows.
 *
 * The ids exist only once Pagefind has written its index, so this reads them back from the
 * fragments it wrote (`pagefind/fragment/<id>.pf_fragment`: gzip, Pagefind's signature, JSON),
 * taking each page's `places` and `venue` metadata (src/searchIndex/indexOnly.ts).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gunzipSync } from 'node:zlib'

const gunzipAsync = promisify(gunzip)

/** How many fragments are read and unzipped at once (both off the main thread). */
const READING = 16

export const SEARCH_PLACES_DIR = 'search-places'

const FRAGMENT_SIGNATURE = 'pagefind_dcd'

/**
 * @param {Buffer} file a fragment as Pagefind wrote it
 * @returns {{ meta?: Record<string, string> }}
 */
export function readFragment(file) {
  return parseFragment(gunzipSync(file).toString('utf8'))
}

/**
 * @param {string} text a fragment unzipped
 * @returns {{ meta?: Record<string, string> }}
 */
function parseFragment(text) {
  const json = text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text
  return JSON.parse(json)
}

/**
 * The places of one fragment: its venues' "lat,lng;…", "" for a listing with no venue, or
 * undefined when there is nothing to rank it by.
 * @param {{ meta?: Record<string, string> }} fragment
 * @returns {string | undefined}
 */
export function placesOf(fragment) {
  const meta = fragment.meta ?? {}
  if (meta.places) return meta.places
  if (meta.venue === 'none') return ''
  return undefined
}

/**
 * @param {string} siteDir the built site, its Pagefind index written
 * @returns {Promise<{ languages: string[], listings: number }>}
 */
export async function writeSearchPlaces(siteDir) {
  const fragmentDir = path.join(siteDir, 'pagefind', 'fragment')
  /** @type {Map<string, Record<string, string>>} */
  const byLanguage = new Map()
  let listings = 0
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment')).sort()
  /** @type {(string | undefined)[]} */
  const placesByName = new Array(names.length)
  let next = 0
  const readSome = async () => {
    while (next < names.length) {
      const i = next++
      const file = await gunzipAsync(await readFile(path.join(fragmentDir, names[i] ?? '')))
      placesByName[i] = placesOf(parseFragment(file.toString('utf8')))
    }
  }
  await Promise.all(Array.from({ length: READING }, readSome))
  names.forEach((name, i) => {
    const id = name.slice(0, -'.pf_fragment'.length)
    // Pagefind names a fragment "<language>_<hash>"; the language picks the file.
    const language = id.slice(0, id.indexOf('_'))
    if (!language) throw new Error(`${name}: a Pagefind fragment without a language in its name`)
    const places = placesByName[i]
    const file = byLanguage.get(language) ?? {}
    byLanguage.set(language, file)
    if (places === undefined) return
    file[id] = places
    listings++
  })
  const outDir = path.join(siteDir, SEARCH_PLACES_DIR)
  await mkdir(outDir, { recursive: true })
  for (const [language, file] of byLanguage) {
    await writeFile(path.join(outDir, `${language}.json`), JSON.stringify(file))
  }
  return { languages: [...byLanguage.keys()], listings }
}
