/** Bulk loads of new listings (the seed, the benchmark loader, importers): `@local-offer/cms/bulkListings`. */
export { createListingsInBulk, withArrayRowIds, type NewListing } from './createListingsInBulk'
export type { DocumentInLocale } from './translationsWithLocales'
export { plannerStatisticsKeptFresh } from '../db/plannerStatistics'
