import type { APIRoute, GetStaticPaths } from 'astro'

import type { OpenReferralService } from '@local-offer/shared/openReferral'

import { json, openReferralFeed } from '../../../lib/openReferralFeed'

/** The Open Referral UK API's `/services/{id}`: one fully nested service. */
export const getStaticPaths = (async () =>
  (await openReferralFeed()).services.map((service) => ({
    params: { id: service.id },
    props: { service },
  }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  json((props as { service: OpenReferralService }).service)
