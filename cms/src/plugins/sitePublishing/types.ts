import type { CollectionSlug, GlobalSlug } from 'payload'

import type { SitePublishingSettings } from './settings'

/**
 * How a collection the public site shows appears in a build's reason. Whether it has drafts is
 * read from the collection itself (`versions.drafts`): for those, only publishing, withdrawing or
 * deleting live content asks for a rebuild, and the collection must be wrapped in trackLiveState
 * (hooks/liveState), which answers "was it live before this save, and after it?".
 */
export interface WatchedCollection {
  /** "Listing", "Page"… */
  what: string
  /** The field holding the document's title (localized or not). */
  titleField: string
  /**
   * For collections without drafts: whether a new document changes the site on its own. A new
   * image or organisation does not: it appears only once a published listing uses it.
   * Default: true. (Collections with drafts ignore it: a new document shows once published.)
   */
  newDocumentsShow?: boolean
}

export interface SitePublishingPluginOptions {
  /** The collections the public site shows, by slug. */
  collections: Partial<Record<CollectionSlug, WatchedCollection>>
  /** The globals the public site shows (settings), by slug: any save asks for a rebuild. */
  globals?: Partial<Record<GlobalSlug, { what: string }>>
  /** How the site is rebuilt; anything not given is read from the environment. */
  settings?: Partial<SitePublishingSettings>
}
