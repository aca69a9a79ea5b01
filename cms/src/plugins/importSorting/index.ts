import type { Config, Plugin } from 'payload'

import { createImportSorting } from './ImportSorting'
import { importSortingEndpoints } from './endpoints'

/** Paths for Payload's import map (relative to src/). */
const NAV_LINK = '/plugins/importSorting/components/SortingNavLink#SortingNavLink'

/**
 * Imported records to sort (issue 13 item 5): the staff-only collection the Open Referral
 * importer holds records it cannot classify in, the actions that make one a draft listing for
 * the moderation queue or dismiss it, and the navigation link that says how many wait.
 * The listings collection does not know it exists.
 */
export function importSortingPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), createImportSorting(importSortingEndpoints)],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), NAV_LINK],
      },
    },
  })
}
