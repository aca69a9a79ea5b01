import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staffOnly } from '../../access/staffOnly'
import { slugField } from '../../fields/slug'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'

/** Jargon explained in plain English; the site links a term's first use on a page to its definition. */
export const GlossaryTerms: CollectionConfig<'glossary-terms'> = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: {
    // Providers cannot change it: it is not on their dashboard or menu (issue 12 item 5).
    hidden: hiddenFromNonStaff,
    useAsTitle: 'term',
    defaultColumns: ['term', 'definition', 'updatedAt'],
    group: 'Local Offer',
  },
  access: {
    read: anyone,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  fields: [
    {
      name: 'term',
      type: 'text',
      localized: true,
      maxLength: 100,
      validate: requiredInDefaultLocale('Enter the term'),
    },
    {
      name: 'definition',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      validate: requiredInDefaultLocale('Explain the term in plain English'),
      admin: { description: 'A plain-English explanation a parent would understand.' },
    },
    {
      name: 'aliases',
      type: 'array',
      labels: { singular: 'Alias', plural: 'Aliases' },
      admin: {
        description:
          'Other words or abbreviations for the same thing, like "EHCP" for an EHC plan.',
      },
      fields: [
        {
          name: 'alias',
          type: 'text',
          localized: true,
          validate: requiredInDefaultLocale('Enter the alias, or remove the row'),
        },
      ],
    },
    slugField('term'),
  ],
}
