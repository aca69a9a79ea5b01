import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { SiteBuilds } from './collections/SiteBuilds'
import {
  requestSiteRebuildAfterGlobalChange,
  requestSiteRebuildHooks,
} from './hooks/requestSiteRebuildHooks'
import { sitePublishingSettingsFromEnv, type SitePublishingSettings } from './settings'
import type { SitePublishingPluginOptions, WatchedCollection } from './types'

export type { SitePublishingPluginOptions, WatchedCollection } from './types'
export type { SitePublishingSettings } from './settings'

/** Where the dashboard notice is, for Payload's import map (paths are relative to src/). */
const SITE_BUILD_NOTICE = '/plugins/sitePublishing/components/SiteBuildNotice#SiteBuildNotice'

/** The edit view's "held back from the public site" notice (a UI field: nothing is stored). */
const HELD_BACK_FIELD = '/plugins/sitePublishing/components/HeldBackField#HeldBackField'
/** The collections whose documents have pages of their own, which a build may hold back. */
const HAS_OWN_PAGES = new Set(['services', 'pages'])

const hasDrafts = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

function withRebuildHooks(
  collection: CollectionConfig,
  watched: WatchedCollection,
): CollectionConfig {
  const hooks = requestSiteRebuildHooks(collection.slug, {
    ...watched,
    drafts: hasDrafts(collection),
  })
  return {
    ...collection,
    // First, above the form (not in the sidebar, which phones show after every field): the one
    // thing a provider must see on opening the document.
    fields: HAS_OWN_PAGES.has(collection.slug)
      ? [
          {
            name: 'siteHeldBack',
            type: 'ui',
            admin: { components: { Field: HELD_BACK_FIELD } },
          },
          ...collection.fields,
        ]
      : collection.fields,
    hooks: {
      ...collection.hooks,
      // Last, after the collection's own hooks: by then the save is final and trackLiveState
      // (always first) has read whether the document is live.
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
    },
  }
}

function withGlobalRebuildHook(global: GlobalConfig, what: string): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [
        ...(global.hooks?.afterChange ?? []),
        requestSiteRebuildAfterGlobalChange(what),
      ],
    },
  }
}

/**
 * Rebuilding the public site after published content changes (docs/publishing.md), as one
 * feature: the Site builds collection with its "rebuild now" endpoint, the dashboard notice, and
 * hooks on every collection the site shows that ask for a (debounced) rebuild. The build runner
 * (siteBuildRunner.ts) is started by src/instrumentation.ts and reads the settings from
 * `config.custom.sitePublishing`.
 *
 * Built the way Payload's own plugins are (plugin-search): it takes the config, adds its
 * collection, appends its hooks to the collections named in its options, and returns the config.
 */
export function sitePublishingPlugin(options: SitePublishingPluginOptions): Plugin {
  // Read now rather than inside buildConfig, so a bad SITE_REBUILD_* setting fails at once.
  const settings: SitePublishingSettings = {
    ...sitePublishingSettingsFromEnv(),
    ...options.settings,
  }
  return (config: Config): Config => {
    const collections = config.collections ?? []
    for (const slug of Object.keys(options.collections)) {
      if (!collections.some((collection) => collection.slug === slug)) {
        throw new Error(
          `sitePublishingPlugin watches the collection "${slug}", which is not in the config: add it to collections before the plugin runs, or remove it from the plugin's options.`,
        )
      }
    }
    const globals = config.globals ?? []
    const watchedGlobals = options.globals ?? {}
    for (const slug of Object.keys(watchedGlobals)) {
      if (!globals.some((global) => global.slug === slug)) {
        throw new Error(
          `sitePublishingPlugin watches the global "${slug}", which is not in the config: add it to globals before the plugin runs, or remove it from the plugin's options.`,
        )
      }
    }
    return {
      ...config,
      globals: globals.map((global) => {
        const watched = watchedGlobals[global.slug as keyof typeof watchedGlobals]
        return watched ? withGlobalRebuildHook(global, watched.what) : global
      }),
      collections: [
        ...collections.map((collection) => {
          const watched = options.collections[collection.slug as keyof typeof options.collections]
          return watched ? withRebuildHooks(collection, watched) : collection
        }),
        SiteBuilds,
      ],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // First on the dashboard: a failed build means the public site is out of date.
          beforeDashboard: [
            SITE_BUILD_NOTICE,
            ...(config.admin?.components?.beforeDashboard ?? []),
          ],
        },
      },
      custom: { ...config.custom, sitePublishing: settings },
    }
  }
}
