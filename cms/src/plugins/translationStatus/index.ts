import type { CollectionConfig, Config, Plugin } from 'payload'

import { staffNavLinkEntry } from '../../components/staffNavLinkEntry'
import { recordTextChange, textChangedAtField } from './recordTextChange'
import { translationStrings } from './strings'
import { isTranslated, translatableFields } from './translatableFields'

/** Paths for Payload's import map (relative to src/). */
const VIEW = '/plugins/translationStatus/components/TranslationsView#TranslationsView'
const NAV_LINK = staffNavLinkEntry({ path: '/translations', label: translationStrings.nav })

/** A translated collection with the per-language change date and the hook that keeps it. */
function withTextChangeDates(collection: CollectionConfig): CollectionConfig {
  if (!isTranslated(collection.slug)) return collection
  return {
    ...collection,
    fields: [...collection.fields, textChangedAtField],
    hooks: {
      ...collection.hooks,
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        recordTextChange(translatableFields[collection.slug]),
      ],
    },
  }
}

/**
 * Translations kept true (issue 15 item 6): listings and pages record when each language's text
 * last changed, and the staff Translations view shows how much is translated and which
 * translations are older than their English. The site marks those "may be out of date".
 */
export function translationStatusPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withTextChangeDates),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), NAV_LINK],
        views: {
          ...config.admin?.components?.views,
          translations: {
            Component: VIEW,
            path: '/translations',
            meta: { title: translationStrings.title },
          },
        },
      },
    },
  })
}
