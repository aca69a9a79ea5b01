import type { SeedLocality } from '../types.js'

/**
 * The demo council's localities: the areas families filter by, each with the postcode districts
 * of the fictional WB postcode area it covers (data/westbridge-postcodes.csv). A venue's locality
 * is derived from its postcode when its listing is saved; the demo's venues in KT and RH
 * postcodes are outside the area. The keys are in search addresses: keep them.
 */
export const localities: SeedLocality[] = [
  {
    key: 'westbridge-central',
    name: { en: 'Westbridge town centre', pl: 'Centrum Westbridge', ar: 'وسط مدينة Westbridge' },
    postcodeAreas: ['WB1', 'WB2'],
  },
  {
    key: 'northbrook',
    name: { en: 'Northbrook', pl: 'Northbrook', ar: 'Northbrook' },
    postcodeAreas: ['WB3', 'WB4'],
  },
  {
    key: 'eastfield',
    name: { en: 'Eastfield', pl: 'Eastfield', ar: 'Eastfield' },
    postcodeAreas: ['WB5'],
  },
  {
    key: 'southmere',
    name: { en: 'Southmere', pl: 'Southmere', ar: 'Southmere' },
    postcodeAreas: ['WB6'],
  },
  {
    key: 'riverside',
    name: { en: 'Riverside', pl: 'Riverside', ar: 'Riverside' },
    postcodeAreas: ['WB7'],
  },
]
