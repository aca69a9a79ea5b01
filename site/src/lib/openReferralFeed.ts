import type { OpenReferralFeed } from '@local-offer/shared/openReferral'

import { buildOpenReferralFeed } from '../openReferral/feed'
import { serviceEntries } from './siteContent'
import { siteLocalities } from './siteLocalities'
import { siteVocabularies } from './siteVocabularies'

let feed: Promise<OpenReferralFeed> | undefined

/** The feed of the published listings the site is built from (made once per build). */
export function openReferralFeed(): Promise<OpenReferralFeed> {
  return (feed ??= Promise.all([serviceEntries(), siteLocalities(), siteVocabularies()]).then(
    ([services, localities, vocabularies]) =>
      buildOpenReferralFeed(
        services.map((entry) => entry.data),
        localities,
        vocabularies,
      ),
  ))
}

export const json = (body: unknown) =>
  new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
