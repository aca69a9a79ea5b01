/**
 * Measures the site's search in headless Chromium with a cold cache (a new browser context): the bytes transferred and
 * the time until the first results show for a query typed into the URL (page, Pagefind's script,
 * WebAssembly, index and filter chunks, result fragments: everything the browser fetched), then
 * for a filtered query on the same page.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface QueryMeasurement {
  /** What the browser fetched for this step, in bytes as transferred (headers included). */
  bytes: number
  requests: number
  /** Milliseconds until the results showed. */
  ms: number
  results: string
  /** Bytes per kind of file, e.g. { html: …, js: …, pagefind: … }. */
  bytesByKind: Record<string, number>
}

export interface SearchMeasurement {
  query: string
  filters: string
  first: QueryMeasurement
  filtered: QueryMeasurement
  /**
   * The same query near a postcode: its district's postcode file, the language's places file
   * (site/searchPlaces.mjs) and the fragments of the results shown.
   */
  near?: QueryMeasurement & { postcode: string }
}

export function kindOf(url: string): string {
  const { pathname } = new URL(url)
  if (pathname.startsWith('/pagefind/')) {
    if (pathname.endsWith('.js')) return 'pagefind-js'
    if (pathname.includes('wasm')) return 'pagefind-wasm'
    if (pathname.includes('/fragment/')) return 'pagefind-fragments'
    if (pathname.includes('/index/')) return 'pagefind-index'
    if (pathname.includes('/filter/')) return 'pagefind-filters'
    if (pathname.endsWith('pagefind-entry.json')) return 'pagefind-entry'
    return 'pagefind-meta'
  }
  if (pathname.startsWith('/places/')) return 'places'
  if (pathname.startsWith('/search-places/')) return 'search-places'
  if (pathname.endsWith('.js')) return 'js'
  if (pathname.endsWith('.css')) return 'css'
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'html'
  return 'other'
}

/**
 * Counts what the page and any worker fetch (Pagefind can search in a Web Worker), in bytes as on
 * the wire: response headers and body as sent (compressed where the server compressed it).
 */
function trackTransfers(context: BrowserContext) {
  let pending: Array<Promise<{ url: string; bytes: number }>> = []
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes()
        const response = await request.response()
        // A worker's own script reports no body size; its Content-Length says what was sent.
        const length = Number((await response?.allHeaders())?.['content-length'] ?? 0)
        const body = sizes.responseBodySize || length
        return { url: request.url(), bytes: body + sizes.responseHeadersSize }
      })(),
    )
  })
  return {
    /** What finished since the last call. */
    take: async () => {
      const taken = await Promise.all(pending)
      pending = []
      const bytesByKind: Record<string, number> = {}
      for (const { url, bytes } of taken) {
        const kind = kindOf(url)
        bytesByKind[kind] = (bytesByKind[kind] ?? 0) + bytes
      }
      return {
        bytes: taken.reduce((sum, t) => sum + t.bytes, 0),
        requests: taken.length,
        bytesByKind,
      }
    },
  }
}

const STATUS = '.lo-search__status h2'
const RESULT = '.lo-search__results .lo-card__title a'

/**
 * In the page: resolves, once the results area has shown a result heading and then not changed for
 * `quietMs`, with the time it last changed (ms since `startedAt`). Kept as source text: the
 * TypeScript runner adds helpers to compiled functions that do not exist in the browser.
 */
const SETTLED_RESULTS_AT = `({ startedAt, quietMs, status }) => new Promise((resolve) => {
  const area = document.querySelector('.lo-search__results')
  let last = performance.now()
  const observer = new MutationObserver(() => { last = performance.now() })
  observer.observe(area, { childList: true, subtree: true, characterData: true })
  const check = () => {
    if (document.querySelector(status) && performance.now() - last >= quietMs) {
      observer.disconnect()
      resolve(last - startedAt)
    } else setTimeout(check, 50)
  }
  check()
})`

async function settledResultsAt(page: Page, startedAt: number, quietMs = 400): Promise<number> {
  const args = JSON.stringify({ startedAt, quietMs, status: STATUS })
  return page.evaluate<number>(`(${SETTLED_RESULTS_AT})(${args})`)
}

export async function measureSearch(
  siteUrl: string,
  options: { query: string; filters: Record<string, string>; near?: string },
): Promise<SearchMeasurement> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
  try {
    const context = await browser.newContext()
    const transfers = trackTransfers(context)
    const page = await context.newPage()

    // First query: a cold page load of the search page with the query in its address.
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(options.query)}`)
    await page.locator(RESULT).first().waitFor({ timeout: 60_000 })
    const firstMs = await settledResultsAt(page, 0)
    const firstResults = (await page.locator(STATUS).textContent()) ?? ''
    const first = { ...(await transfers.take()), ms: firstMs, results: firstResults.trim() }

    // Then the same query with filters, as the page does when a filter is chosen.
    const params = new URLSearchParams({ q: options.query, ...options.filters })
    const startedAt = await page.evaluate((search) => {
      const started = performance.now()
      window.history.pushState(null, '', `/search/?${search}`)
      window.dispatchEvent(new PopStateEvent('popstate'))
      return started
    }, params.toString())
    const filteredMs = await settledResultsAt(page, startedAt)
    const filteredResults = (await page.locator(STATUS).textContent()) ?? ''
    const filtered = {
      ...(await transfers.take()),
      ms: filteredMs,
      results: filteredResults.trim(),
    }
    // Then near a postcode, as when a family types one: what place search adds.
    let near: SearchMeasurement['near']
    if (options.near) {
      const nearParams = new URLSearchParams({ q: options.query, near: options.near })
      const nearStartedAt = await page.evaluate((search) => {
        const started = performance.now()
        window.history.pushState(null, '', `/search/?${search}`)
        window.dispatchEvent(new PopStateEvent('popstate'))
        return started
      }, nearParams.toString())
      const nearMs = await settledResultsAt(page, nearStartedAt)
      const nearResults = (await page.locator(STATUS).textContent()) ?? ''
      near = {
        ...(await transfers.take()),
        ms: nearMs,
        results: nearResults.trim(),
        postcode: options.near,
      }
    }
    return {
      query: options.query,
      filters: new URLSearchParams(options.filters).toString(),
      first,
      filtered,
      near,
    }
  } finally {
    await browser.close()
  }
}
