import type { CollectionConfig, Config, Plugin } from 'payload'

import { staffNavLinkEntry } from '../../components/staffNavLinkEntry'
import { spreadsheetEndpoints } from './endpoints'
import { spreadsheetStrings } from './strings'

/** Paths for Payload's import map (relative to src/). */
const VIEW = '/plugins/listingSpreadsheets/components/ListingSpreadsheets#ListingSpreadsheets'
const PATH = '/spreadsheets'

const withEndpoints = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'services'
    ? {
        ...collection,
        // Before the collection's own `/:id/…` endpoints, so "spreadsheet" is never read as an id.
        endpoints: [...spreadsheetEndpoints, ...(collection.endpoints || [])],
      }
    : collection

/**
 * Listings in spreadsheets, for LA officers (issue 12 item 8): export every listing to CSV in one
 * language, download a template that explains each column, and import a CSV after a preview
 * that says what each row would do. Imported changes are drafts submitted for review: they wait
 * in the moderation queue like a provider's. The Services collection does not know this exists.
 */
export function listingSpreadsheetsPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withEndpoints),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          staffNavLinkEntry({ path: PATH, label: spreadsheetStrings.nav }),
        ],
        views: {
          ...config.admin?.components?.views,
          listingSpreadsheets: {
            Component: VIEW,
            path: PATH,
            meta: { title: spreadsheetStrings.title },
          },
        },
      },
    },
  })
}
