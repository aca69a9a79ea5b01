import type { APIRoute, GetStaticPaths } from 'astro'

import { FEED_FOLDER, feedFiles, isFeedRecordFile } from '@local-offer/shared/openReferral'

import { onlyChangedItems } from '../../incremental/itemPaths'
import { json, openReferralFeed } from '../../lib/openReferralFeed'

/**
 * Every file of the Open Referral UK feed (shared/src/openReferral/staticFeed.ts): the root
 * document, each endpoint's pages and each record by id. The host's rewrite rules
 * (docs/open-referral.md) answer the API's addresses from these files.
 */
export const getStaticPaths = (async () => {
  const files = [...feedFiles(await openReferralFeed())]
  const entry = ([file, body]: [string, unknown]) => ({
    params: { file: file.slice(FEED_FOLDER.length + 1) },
    props: { body },
  })
  // A record's own file is made again only when the record changed, in an incremental build
  // (src/incremental); the root and the endpoints' pages are always made.
  const records = await onlyChangedItems(
    files.filter(([file]) => isFeedRecordFile(file)).map(entry),
    ({ params }) => `/${FEED_FOLDER}/${params.file}`,
  )
  return [...files.filter(([file]) => !isFeedRecordFile(file)).map(entry), ...records]
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => json((props as { body: unknown }).body)
