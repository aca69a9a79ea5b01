import { organisationTypes } from '@local-offer/shared'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staffOnly } from '../../access/staffOnly'
import { staffOrOwnOrganisation } from '../../access/ownOrganisation'
import { emailField, phoneField, websiteField } from '../../fields/contactDetails'
import { openReferralIdField } from '../../fields/openReferralId'
import { postcodeField } from '../../fields/postcode'
import { slugField } from '../../fields/slug'

/** A provider: a school, college, NHS team, charity or council service that owns listings. */
export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'email', 'updatedAt'],
    group: 'Local Offer',
  },
  access: {
    read: anyone,
    create: staffOnly,
    update: staffOrOwnOrganisation('id'),
    delete: staffOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 150 },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: organisationTypes.map(({ value, label }) => ({ value, label })),
    },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      admin: {
        description: "Shown on the organisation's listings. Its alternative text is required.",
      },
    },
    {
      type: 'row',
      fields: [
        websiteField({ admin: { width: '33%' } }),
        emailField({ admin: { width: '33%' } }),
        phoneField({ admin: { width: '33%' } }),
      ],
    },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'line1', type: 'text' },
        { name: 'line2', type: 'text' },
        { name: 'town', type: 'text' },
        postcodeField(),
      ],
    },
    {
      name: 'registrationNumber',
      type: 'text',
      admin: { description: 'Charity, company or Ofsted URN number, if it has one.' },
    },
    slugField('name'),
    openReferralIdField(),
  ],
}
