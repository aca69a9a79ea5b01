import { vocabularyCollection } from '../vocabularies/vocabularyCollection'

/** Issue 12 item 2: the accessibility features a listing's venue can have are data. */
export const VenueFeatures = vocabularyCollection({
  slug: 'venue-features',
  labels: { singular: 'Venue accessibility feature', plural: 'Venue accessibility features' },
  description:
    'The accessibility features a venue can have (step-free access, a hearing loop…): providers tick them for each venue and families filter by them.',
  noun: 'venue accessibility feature',
  listingsWhere: (key) => ({ 'locations.venueFeatures': { in: [key] } }),
})
