/** The built files a page refers to under /_astro/ (its images; scripts and styles too). */
const ASTRO_ASSET = /\/_astro\/[^\s"'(),?#<>]+/g

export function astroAssetsIn(html: string): string[] {
  return [...new Set(html.match(ASTRO_ASSET) ?? [])].sort()
}
