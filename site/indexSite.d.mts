/** Builds the Pagefind index of a built site, with each listing's index-only part (indexSite.mjs). */
export function indexSite(siteDir: string): Promise<{ pages: number }>
