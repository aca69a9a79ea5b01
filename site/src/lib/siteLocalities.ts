/** The council's localities from the content store, read once per build (see onceInBuild). */
import { getCollection } from 'astro:content'

import type { SiteLocality } from './model'
import { onceInBuild } from './onceInBuild'

export const siteLocalities = onceInBuild(async (): Promise<SiteLocality[]> =>
  (await getCollection('localities')).map(({ data }) => data),
)
