/** Settings the site is built with, read from the environment at build time. */
type Env = Record<string, string | undefined>

/** Where browsers reach the CMS (the comment form posts there); default CMS_URL. */
export function cmsPublicUrl(env: Env = process.env): string {
  return (env.CMS_PUBLIC_URL?.trim() || env.CMS_URL?.trim() || 'http://127.0.0.1:3000').replace(
    /\/+$/,
    '',
  )
}

/** OpenStreetMap's standard tiles and the attribution their licence (ODbL) requires. */
export const OPENSTREETMAP_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution:
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
} as const

/**
 * The map's tiles: MAP_TILES_URL (a {z}/{x}/{y} template) and MAP_TILES_ATTRIBUTION, or
 * OpenStreetMap's. A council with its own tile server or an OS Maps API key sets both.
 */
export function mapTiles(env: Env = process.env): { url: string; attribution: string } {
  const url = env.MAP_TILES_URL?.trim()
  if (!url) return { ...OPENSTREETMAP_TILES }
  return { url, attribution: env.MAP_TILES_ATTRIBUTION?.trim() || OPENSTREETMAP_TILES.attribution }
}
