/**
 * Keeps the content out of the build's JavaScript bundle.
 *
 * Astro's content layer writes everything the loaders stored (every listing in every language)
 * to `data-store.json`, and its `astro:data-layer-content` module turns that file into one
 * JavaScript array literal (`dataToEsm`) that Vite bundles into the code that renders the pages.
 * At 10,000 listings × 3 languages that literal is tens of megabytes which Rollup parses, walks
 * and writes out, and Node parses again when rendering starts: the "Vite bundling" that grew
 * with the number of listings (docs/benchmark.md).
 *
 * In a build, this plugin answers that module first (`order: 'pre'`) with code that reads the
 * same file when rendering starts: `JSON.parse` of the text gives the value Astro's literal
 * does, without the bundler ever seeing the content. The dev server keeps Astro's own module
 * (it reloads it when the content changes).
 */
import type { AstroIntegration, AstroUserConfig } from 'astro'
import { fileURLToPath } from 'node:url'

/** A Vite plugin, as Astro's configuration takes one (the site does not depend on Vite itself). */
type VitePlugin = Extract<
  NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number],
  { name: string }
>

/** Astro's resolved id of the content store's module, and the file it is made from. */
const CONTENT_STORE_MODULE = '\0astro:data-layer-content'
const CONTENT_STORE_FILE = 'data-store.json'

/** The module's code: read and parse the content store when the renderer first imports it. */
export function contentStoreModuleCode(storeFile: string): string {
  return [
    `import { existsSync, readFileSync } from 'node:fs'`,
    `const file = ${JSON.stringify(storeFile)}`,
    // As Astro's own module does when the content layer wrote nothing.
    `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map()`,
  ].join('\n')
}

export function contentStoreReadAtRenderTime(storeFile: () => string): VitePlugin {
  return {
    name: 'local-offer:content-store-read-at-render-time',
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
      handler(id) {
        if (id !== CONTENT_STORE_MODULE) return null
        return { code: contentStoreModuleCode(storeFile()), map: { mappings: '' } }
      },
    },
  }
}

export function contentStoreOutsideBundle(): AstroIntegration {
  let storeFile = ''
  return {
    name: 'local-offer:content-store-outside-bundle',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Where a build's content layer writes its store (Astro's getDataStoreFile, not in dev).
        storeFile = fileURLToPath(new URL(CONTENT_STORE_FILE, config.cacheDir))
        updateConfig({ vite: { plugins: [contentStoreReadAtRenderTime(() => storeFile)] } })
      },
    },
  }
}
