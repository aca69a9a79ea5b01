/** Builds the Pagefind index of a built site, with each listing's index-only part (indexSite.mjs). */
export function indexSite(siteDir: string): Promise<{ pages: number }>

/** What the index leaves out of every page (selectors; indexSite.mjs says why). */
export const EXCLUDED_FROM_INDEX: string[]

/** The page as the index reads it, without the anchors every listing repeats. */
export function withoutAnchors(html: string): string

/** The file of each listing's index-only parts the Astro build writes beside the pages. */
export const INDEX_ONLY_FILE: string
