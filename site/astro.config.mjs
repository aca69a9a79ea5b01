// @ts-check
import preact from '@astrojs/preact'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defaultLocale, formattingTags } from '@local-offer/shared'
import { defineConfig } from 'astro/config'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { contentStoreOutsideBundle } from './src/build/contentStoreOutsideBundle'
import { incrementalPublishing } from './src/incremental/integration'

const cmsUrl = new URL(process.env.CMS_URL?.trim() || 'http://127.0.0.1:3000')
/** Where families' browsers reach the CMS (the same rule as src/lib/siteConfig.ts cmsPublicUrl). */
const cmsPublicUrl = (
  process.env.CMS_PUBLIC_URL?.trim() ||
  process.env.CMS_URL?.trim() ||
  'http://127.0.0.1:3000'
).replace(/\/+$/, '')
/** Searches that found nothing are counted (issue 15 item 5) unless SEARCH_MISS_BEACON=off. */
const searchMissUrl =
  process.env.SEARCH_MISS_BEACON?.trim() === 'off' ? '' : `${cmsPublicUrl}/api/search-misses/record`

/** The search island's components (Preact). */
const SEARCH_ISLAND = '**/components/search/**'

/**
 * The pages an incremental build reused: the sitemap lists them as a full build would.
 * @type {string[]}
 */
const reusedPageUrls = []

/**
 * The public Local Offer: a static site built from the CMS's published content.
 * SITE_URL is where it will be published (canonical, hreflang and sitemap addresses).
 */
export default defineConfig({
  site: process.env.SITE_URL?.trim() || 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Two pages at a time: one is made while the other is written to disk. One at a time, the
    // build waited for the disk about 50 s of a 10,000-listing build (docs/benchmark.md).
    concurrency: 2,
  },
  outDir: process.env.SITE_OUT_DIR?.trim() || './dist',
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    {
      name: 'local-offer:refuse-types-only-build',
      hooks: {
        'astro:build:start': () => {
          if (process.env.SITE_TYPES_ONLY === '1') {
            throw new Error('SITE_TYPES_ONLY is for type-checking; unset it to build the site.')
          }
        },
      },
    },
    // The content is read when rendering starts, not bundled as code (docs/benchmark.md).
    contentStoreOutsideBundle(),
    // Before the sitemap: it gives the sitemap the pages this build reused.
    incrementalPublishing({ reusedPageUrls }),
    // The search page's island is Preact (~5 KB against React's ~58 KB on the first search,
    // issue 14 item 3); the EHC timeline keeps React.
    preact({ include: [SEARCH_ISLAND] }),
    react({ exclude: [SEARCH_ISLAND] }),
    sitemap({
      // The sitemap's hreflang for each locale: the tag the site formats with (en-GB for English).
      i18n: { defaultLocale, locales: formattingTags },
      // Read when the build is done (the sitemap sorts every address, so the file is the same).
      customPages: reusedPageUrls,
      // 404 and the per-listing "Report a problem" forms (noindex) are not pages to find.
      filter: (page) =>
        !page.endsWith('/404/') &&
        !page.endsWith('/404.html') &&
        !page.includes('/report-a-problem/'),
    }),
  ],
  image: {
    // Upload URLs from the CMS are fetched and processed by sharp at build time.
    remotePatterns: [{ protocol: cmsUrl.protocol.replace(':', ''), hostname: cmsUrl.hostname }],
  },
  vite: {
    // The search island's beacon address (src/components/search/searchMissBeacon.ts).
    define: { 'import.meta.env.LO_SEARCH_MISS_URL': JSON.stringify(searchMissUrl) },
    build: {
      // Lightning CSS minifies GOV.UK Frontend's styles ~2% smaller than esbuild (the CSS budget).
      cssMinify: 'lightningcss',
      // The site's own enhancement scripts (shortlist, compare, glossary meanings, the comment
      // form's search prefill) stay files of their own: cached once for every page, and allowed
      // by the Content-Security-Policy's 'self' without a hash for each (Astro would inline a
      // small script with no imports).
      assetsInlineLimit: (file) =>
        /(SaveToShortlist|ShortlistApp|CompareApp|GlossaryMeanings|SearchPrefill)\.astro/.test(file)
          ? false
          : undefined,
    },
    css: {
      preprocessorOptions: {
        scss: {
          quietDeps: true,
          // The real folder (pnpm links packages), so that Sass sees one copy of each
          // GOV.UK module whether Vite or Sass resolves it.
          loadPaths: [
            path.dirname(
              realpathSync(
                fileURLToPath(new URL('./node_modules/govuk-frontend', import.meta.url)),
              ),
            ),
          ],
        },
      },
    },
  },
})
