/**
 * The security headers for the public site's static host: the one place they are written. The
 * nginx snippet in docs/production.md is generated from here (`nginxSecurityHeaders`) and a test
 * checks the docs still match; the browser tests serve the built site with these headers
 * (tests/e2e/securityHeaders.spec.ts) and fail on any Content-Security-Policy violation.
 */

export interface SiteHeaderOptions {
  /**
   * The CMS's public origin: the comment form posts to it (form-action), and the search page's
   * beacon for a search that found nothing is sent to it (connect-src).
   */
  cmsOrigin: string
  /**
   * Where the CMS sends the browser back after a comment, if not this site's own origin (only in
   * tests, where the site is served on a second port). A form-action source also covers redirects.
   */
  extraFormActionOrigins?: readonly string[]
  /** Where the map's tiles come from (the origin of MAP_TILES_URL); default OpenStreetMap's. */
  mapTilesOrigin?: string
}

/** OpenStreetMap's tile server: the map's default (site/src/lib/siteConfig.ts). */
export const DEFAULT_MAP_TILES_ORIGIN = 'https://tile.openstreetmap.org'

/**
 * Inline scripts Astro writes into the built pages, allowed by their SHA-256 hash (not by
 * 'unsafe-inline'). The e2e spec lists any inline script in a visited page that is not here;
 * after an Astro upgrade, update the hashes it prints.
 */
export const allowedInlineScriptHashes: readonly string[] = [
  // Astro 6's island loader (the <astro-island> element) and its client:load directive, written
  // into every page with a React island (the search page and the EHC timeline); measured on the
  // built demo site. The site's other scripts (shortlist, compare, glossary meanings, a listing's
  // "Show map") are files, allowed by 'self'.
  'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=',
  'sha256-SaCkFfPruIdTXT8/97JArQmGxiJAL2o4bBDvSgJ5y3Q=',
  // The comment error page's script that shows only the reasons named in its address (Astro
  // inlines it, being small): its hash changes whenever that script does, and the spec says so.
  'sha256-LrYrGIwyroA2KTvygYuyYjFLvBAFsXSHR7PgWur7bEo=',
]

/** Inline <style> elements Astro writes: the island element's `display: contents` rule. */
export const allowedInlineStyleHashes: readonly string[] = [
  'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow=',
]

export function siteSecurityHeaders(options: SiteHeaderOptions): Record<string, string> {
  const formAction = ["'self'", options.cmsOrigin, ...(options.extraFormActionOrigins ?? [])]
  const csp = [
    "default-src 'self'",
    // Pagefind compiles its search index reader from WebAssembly: 'wasm-unsafe-eval' allows that
    // and nothing else (no eval()).
    `script-src 'self' 'wasm-unsafe-eval'${allowedInlineScriptHashes.map((h) => ` '${h}'`).join('')}`,
    `style-src 'self'${allowedInlineStyleHashes.map((h) => ` '${h}'`).join('')}`,
    // The map's tiles are images from the tile server (search page and listings' "Show map").
    `img-src 'self' data: ${options.mapTilesOrigin ?? DEFAULT_MAP_TILES_ORIGIN}`,
    "font-src 'self'",
    // The search page's beacon for a search that found nothing goes to the CMS (issue 15 item 5).
    `connect-src 'self' ${options.cmsOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formAction.join(' ')}`,
    "frame-ancestors 'none'",
    // The shortlist and compare pages need no other origin: they read the site's own JSON.
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // "Use my location" on the search page asks for the position, only when the family presses it.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self)',
  }
}

/** The headers as nginx `add_header` lines (`always`, so error pages get them too). */
export function nginxSecurityHeaders(options: SiteHeaderOptions): string {
  return Object.entries(siteSecurityHeaders(options))
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')
}
