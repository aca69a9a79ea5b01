import type { CollectionConfig } from 'payload'

import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'

/** Where a postcode's coordinates came from. */
export const postcodeSources = [
  { label: 'ONS Postcode Directory', value: 'ons' },
  { label: 'OS Code-Point Open', value: 'codepoint' },
  { label: 'Geocoding service', value: 'geocoder' },
  { label: 'Demo data (fictional)', value: 'demo' },
] as const

/**
 * Postcode centroids: each postcode's coordinates, which place a listing's venues when it is
 * saved and which the site publishes for near-me search (one static file per district). Loaded
 * by `pnpm --filter @local-offer/scripts import:postcodes` from the ONS Postcode Directory or
 * OS Code-Point Open (both Open Government Licence; docs/postcodes.md). Anyone may read it: it is
 * open data and the site build reads it; only staff change it.
 */
export const Postcodes: CollectionConfig<'postcodes'> = {
  slug: 'postcodes',
  labels: { singular: 'Postcode', plural: 'Postcodes' },
  admin: {
    useAsTitle: 'postcode',
    defaultColumns: ['postcode', 'latitude', 'longitude', 'source', 'importedAt'],
    group: 'Administration',
    hidden: hiddenFromNonStaff,
    description:
      'Where each postcode is. Venues are placed from here when a listing is saved; load it with the postcode import (see the officers’ guide).',
  },
  access: { read: () => true, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'postcode',
  fields: [
    {
      name: 'postcode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'In its standard form, like SW1A 1AA.' },
    },
    {
      name: 'district',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The outward code, like SW1A.' },
    },
    { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
    { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'ons',
      options: [...postcodeSources],
    },
    {
      name: 'importedAt',
      label: 'Imported at',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
