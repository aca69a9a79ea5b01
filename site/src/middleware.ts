/**
 * Site middleware. During a build it makes each listing's own pages inside the read guard
 * (incremental/renderReads.ts) and records the built files each one refers to, so a later build
 * that reuses the page can bring its images along (incremental/itemPaths.ts).
 */
import { isFilePath } from '@local-offer/shared/siteBuildManifest'
import { defineMiddleware } from 'astro:middleware'

import { buildState } from './incremental/buildState'
import { astroAssetsIn } from './incremental/pageAssets'
import { makingItemPage } from './incremental/renderReads'

export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.PROD) return next()
  const pagePath = context.url.pathname
  // An item that is a file of its own (an Open Referral record) is data passed in whole as a
  // prop: it reads nothing while it is made and refers to no built files.
  const record = isFilePath(pagePath) ? undefined : buildState().itemPages.get(pagePath)
  if (!record) return next()
  return makingItemPage(pagePath, async () => {
    const response = await next()
    // Read the whole page here, so that all of it is made inside the guard.
    const html = await response.text()
    record.assets = astroAssetsIn(html)
    return new Response(html, { status: response.status, headers: response.headers })
  })
})
