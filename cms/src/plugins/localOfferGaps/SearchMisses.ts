import { englishOptions, locales } from '@local-offer/shared'
import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../access/staffOnly'

const nobody = () => false

export const SEARCH_MISSES_SLUG = 'search-misses'

/**
 * Searches on the public site that found nothing, counted (issue 15 item 5): the words (normalised
 * and anonymised, see searchTerm.ts), the language of the site and the day, and how many times.
 * Nothing else: no address, no time of day, no link to anyone. Written only by the site's beacon
 * endpoint, read by LA staff, deleted after 12 months by the daily job (searchMissRetention.ts).
 */
export const SearchMisses: CollectionConfig = {
  slug: SEARCH_MISSES_SLUG,
  labels: { singular: 'Search that found nothing', plural: 'Searches that found nothing' },
  admin: {
    group: 'Comments and response',
    useAsTitle: 'term',
    defaultColumns: ['term', 'locale', 'day', 'count'],
    description:
      'Words people searched the site for that found no listing or page, counted per day. Kept for 12 months. See “Where the Local Offer has gaps”.',
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: staffOnly },
  defaultSort: '-day',
  indexes: [{ fields: ['term', 'locale', 'day'], unique: true }],
  fields: [
    { name: 'term', type: 'text', required: true, maxLength: 100 },
    {
      name: 'locale',
      label: 'Language of the site',
      type: 'select',
      required: true,
      options: englishOptions(locales.map((l) => ({ value: l.code, label: l.englishName }))),
    },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The day in England (YYYY-MM-DD): no finer time is kept.' },
    },
    { name: 'count', type: 'number', required: true, min: 1 },
  ],
  timestamps: false,
}
