import type { APIRoute, GetStaticPaths } from 'astro'

import type { OpenReferralPage } from '@local-offer/shared/openReferral'

import { json, openReferralFeed } from '../../../../lib/openReferralFeed'

/** The Open Referral UK API's `/services?page=n`, one file per page. */
export const getStaticPaths = (async () =>
  (await openReferralFeed()).pages.map((page) => ({
    params: { page: String(page.page_number) },
    props: { page },
  }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => json((props as { page: OpenReferralPage }).page)
