/** Bulk loads of new listings (seed, benchmark, importers): `@local-offer/cms/bulkListings`. */
export { createListingsInBulk, withArrayRowIds, type NewListing } from './createListingsInBulk'
export type { DocumentInLocale } from './translationsWithLocales'
