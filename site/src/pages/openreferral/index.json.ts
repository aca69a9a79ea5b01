import type { APIRoute } from 'astro'

import { OPEN_REFERRAL_ROOT } from '../../openReferral/feed'
import { json } from '../../lib/openReferralFeed'

/** The Open Referral UK API's `/`: which version and profile this feed follows. */
export const GET: APIRoute = () => json(OPEN_REFERRAL_ROOT)
