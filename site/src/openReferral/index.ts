/** The Open Referral UK export, for the site's endpoints and for scripts' round-trip tests. */
export * from './feed'
export * from './feedListing'
export { feedFiles } from '@local-offer/shared/openReferral'
export { mapService } from '../loader/mapContent'
export { rawServiceSchema } from '../loader/rawSchemas'
