/** The Council settings entry the loader stored (content.config.ts), for pages and components. */
import { getEntry } from 'astro:content'

import type { SiteCouncilSettings } from '../model'
import { onceInBuild } from '../onceInBuild'

async function readCouncilSettings(): Promise<SiteCouncilSettings> {
  const entry = await getEntry('councilSettings', 'council-settings')
  if (!entry) {
    throw new Error(
      'The council settings were not loaded from the CMS: the site cannot name its council.',
    )
  }
  return entry.data
}

/** Read once per build (every page's layout, header and footer ask for them). */
export const councilSettings = onceInBuild(readCouncilSettings)
