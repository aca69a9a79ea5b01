/** Bulk loads of new listings (the seed, the benchmark loader): `@local-offer/cms/bulkListings`. */
export { createListingsInBulk, withArrayRowIds, type NewListing } from './createListingsInBulk'
export type { DocumentInLocale } from './translationsWithLocales'
