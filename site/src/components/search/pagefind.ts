/** The small part of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}

export interface PagefindResult {
  id: string
  data: () => Promise<PagefindResultData>
}

export interface PagefindSearch {
  results: PagefindResult[]
  unfilteredResultCount: number
  filters: Record<string, Record<string, number>>
  totalFilters: Record<string, Record<string, number>>
}

export interface Pagefind {
  options: (options: {
    baseUrl?: string
    excerptLength?: number
    noWorker?: boolean
  }) => Promise<void>
  init: () => Promise<void>
  search: (
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ) => Promise<PagefindSearch | null>
  filters: () => Promise<Record<string, Record<string, number>>>
}

let loading: Promise<Pagefind> | undefined

/**
 * Loads the index built next to the site (per language: Pagefind picks it from <html lang>).
 * Pagefind searches on the page's own thread (`noWorker`): its Web Worker is a second copy of
 * its search code, 12 KB gzip more for the first search, and an index of a council's listings
 * is searched in a few milliseconds, too little to need a thread of its own.
 */
export function loadPagefind(bundlePath = '/pagefind/pagefind.js'): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ bundlePath) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ baseUrl: '/', excerptLength: 24, noWorker: true })
      await pagefind.init()
      return pagefind
    },
  )
  return loading
}
