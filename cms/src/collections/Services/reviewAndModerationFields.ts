import { reviewStatuses } from '@local-offer/shared'
import type { Field } from 'payload'

import { staffOnlyField } from '../../access/staffOnlyField'
import { moderationStates } from '../../moderation/moderationStates'

const nobody = () => false

/**
 * The sidebar fields that keep a listing true: its moderation state (and the officer's comment
 * when it is returned), its review date, interval and stored review state, and the officer
 * responsible for it. Moderation and review state are set by hooks, endpoints and the review job
 * only; nobody writes them directly through the API.
 */
export const reviewAndModerationFields: Field[] = [
  {
    name: 'moderation',
    label: 'Moderation',
    type: 'select',
    options: [...moderationStates],
    defaultValue: 'draft',
    index: true,
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      // Shown once, as the listing's status at the top (ListingStatusLine), not as a second one here.
      condition: () => false,
    },
  },
  {
    name: 'moderationComment',
    label: 'Comment from the Local Offer team',
    type: 'textarea',
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => data?.moderation === 'returned' && Boolean(data?.moderationComment),
    },
  },
  {
    name: 'reviewStatus',
    label: 'Review status',
    type: 'select',
    options: [...reviewStatuses],
    defaultValue: 'current',
    index: true,
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      // Part of the one status at the top (ListingStatusLine); list columns still show it.
      condition: () => false,
    },
  },
  {
    name: 'lastReviewed',
    type: 'date',
    required: true,
    index: true,
    defaultValue: () => new Date().toISOString(),
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      description: 'Providers: use "Confirm still correct" to move this on.',
    },
  },
  {
    name: 'reviewIntervalMonths',
    label: 'Review every (months)',
    type: 'number',
    min: 1,
    max: 24,
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: {
      position: 'sidebar',
      description: 'Leave empty to use the interval for the category (Review settings).',
    },
  },
  {
    name: 'responsibleOfficer',
    type: 'relationship',
    relationTo: 'users',
    filterOptions: { role: { in: ['officer', 'admin'] } },
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: {
      position: 'sidebar',
      description:
        'Told when the review is 14 days overdue. Empty: the overdue-alert address or every officer.',
    },
  },
]
