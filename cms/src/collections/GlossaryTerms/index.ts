import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { slugField } from '../../fields/slug'

/** Jargon explained in plain English; the site links a term's first use on a page to its definition. */
export const GlossaryTerms: CollectionConfig<'glossary-terms'> = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'definition', 'updatedAt'], group: 'Local Offer' },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'term', type: 'text', required: true, localized: true, maxLength: 100 },
    {
      name: 'definition',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
      admin: { description: 'A plain-English explanation a parent would understand.' },
    },
    {
      name: 'aliases',
      type: 'array',
      labels: { singular: 'Alias', plural: 'Aliases' },
      admin: { description: 'Other words or abbreviations for the same thing, like "EHCP" for an EHC plan.' },
      fields: [{ name: 'alias', type: 'text', required: true, localized: true }],
    },
    slugField('term'),
  ],
}
