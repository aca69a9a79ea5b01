import type { CollectionConfig } from 'payload'
import { trackLiveState } from '../../hooks/liveState'

import { staffOnly } from '../../access/staffOnly'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'
import { rejectUnsafeRichTextLinks } from '../../hooks/rejectUnsafeRichTextLinks'
import { categoryOptions } from '../Services/options'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { pageContentEditor } from './blocks'
import { checkPageBlocks } from './hooks/checkPageBlocks'

/**
 * Information pages written by the LA: how to request an EHC needs assessment, personal budgets,
 * the transport policy, the short breaks services statement, SENDIASS, disagreement resolution…
 */
export const Pages: CollectionConfig<'pages'> = trackLiveState({
  slug: 'pages',
  admin: {
    // Providers cannot change it: it is not on their dashboard or menu (issue 12 item 5).
    hidden: hiddenFromNonStaff,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Local Offer',
  },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeValidate: [rejectUnsafeRichTextLinks(['content']), checkPageBlocks(['content'])] },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 150,
      validate: requiredInDefaultLocale('Enter a title'),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      validate: requiredInDefaultLocale('Enter a short summary of the page'),
      admin: { description: 'One or two sentences shown in lists and search results.' },
    },
    {
      name: 'content',
      type: 'richText',
      localized: true,
      // Rights, good practice and step-by-step processes can be marked in the text (blocks/).
      editor: pageContentEditor,
      validate: requiredInDefaultLocale('Write the content of the page'),
    },
    slugField('title'),
    {
      name: 'relatedCategories',
      type: 'select',
      hasMany: true,
      options: categoryOptions,
      admin: { position: 'sidebar', description: 'Show this page on these category pages.' },
    },
    {
      name: 'relatedServices',
      label: 'Services this page talks about',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      maxRows: 6,
      admin: {
        position: 'sidebar',
        description:
          'Listings shown beside the page (up to 6). Leave empty to show listings from the related categories.',
      },
    },
    {
      name: 'relatedPages',
      label: 'See also',
      type: 'relationship',
      relationTo: 'pages',
      hasMany: true,
      maxRows: 6,
      // A page is not its own cross-reference (checked on save too: Payload applies filterOptions).
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        position: 'sidebar',
        description:
          'Information pages shown under “See also” at the foot of this page (up to 6), in this order.',
      },
    },
    {
      name: 'keyJourney',
      label: 'Show as a key journey on the home page',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastReviewed',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      },
    },
  ],
})
