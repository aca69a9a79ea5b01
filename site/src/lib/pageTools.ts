/**
 * The site's own tools (pages built from rules and data, not written in the CMS) and the
 * information pages they belong beside: the EHC timeline beside the guidance on asking for an
 * assessment, the preparing-for-adulthood journey beside its guidance page. An information page
 * links to its tool; a tool links back to the guidance only when that page is published.
 */
export const siteTools = {
  ehcTimeline: { path: '/ehc-timeline/', besidePage: 'request-an-ehc-needs-assessment' },
  adulthoodJourney: { path: '/preparing-for-adulthood/', besidePage: 'preparing-for-adulthood' },
} as const

export type SiteToolId = keyof typeof siteTools

/** The tool that belongs beside an information page, if any. */
export function toolBesidePage(slug: string): SiteToolId | undefined {
  return (Object.keys(siteTools) as SiteToolId[]).find((id) => siteTools[id].besidePage === slug)
}

/** Links to information pages, leaving out any that is not published. */
export function guidanceLinks(
  published: ReadonlySet<string>,
  wanted: ReadonlyArray<readonly [slug: string, label: string]>,
): Array<{ path: string; label: string }> {
  return wanted
    .filter(([slug]) => published.has(slug))
    .map(([slug, label]) => ({ path: `/information/${slug}/`, label }))
}
