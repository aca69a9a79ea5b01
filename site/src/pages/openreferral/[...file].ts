import type { APIRoute, GetStaticPaths } from 'astro'

import { FEED_FOLDER, feedFiles } from '@local-offer/shared/openReferral'

import { json, openReferralFeed } from '../../lib/openReferralFeed'

/**
 * Every file of the Open Referral UK feed (shared/src/openReferral/staticFeed.ts): the root
 * document, each endpoint's pages and each record by id. The host's rewrite rules
 * (docs/open-referral.md) answer the API's addresses from these files.
 */
export const getStaticPaths = (async () =>
  [...feedFiles(await openReferralFeed())].map(([file, body]) => ({
    params: { file: file.slice(FEED_FOLDER.length + 1) },
    props: { body },
  }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => json((props as { body: unknown }).body)
