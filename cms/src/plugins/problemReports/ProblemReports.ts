import { englishOptions, locales, problemKinds } from '@local-offer/shared'
import type { CollectionConfig, Endpoint } from 'payload'

import { nobody } from '../../access/nobody'
import { staffOnly } from '../../access/staffOnly'
import { problemReportStrings as s } from './strings'
import { redactReportDetails, stampResolution } from './hooks/beforeReportChange'
import { afterReportChange } from './hooks/afterReportChange'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'

const readOnly = { readOnly: true } as const

/**
 * What a family reported with "Report a problem with this page" on a listing. Staff only: they
 * arrive through the public endpoint (POST /api/problem-reports/submit), which validates,
 * rate-limits and drops spam before creating one with access control overridden; officers mark
 * them resolved. Providers hear of them by e-mail and see the listing as due for review.
 */
export function createProblemReports(endpoints: Endpoint[]): CollectionConfig<'problem-reports'> {
  return {
    slug: 'problem-reports',
    labels: s.labels,
    admin: {
      // Providers cannot change it: it is not on their dashboard or menu (issue 12 item 5).
      hidden: hiddenFromNonStaff,
      useAsTitle: 'problem',
      defaultColumns: ['listing', 'problem', 'status', 'createdAt'],
      group: s.group,
      description: s.description,
    },
    access: {
      read: staffOnly,
      create: nobody,
      update: staffOnly,
      delete: staffOnly,
    },
    defaultSort: '-createdAt',
    endpoints,
    hooks: {
      beforeChange: [redactReportDetails, stampResolution],
      afterChange: [afterReportChange],
    },
    fields: [
      {
        name: 'listing',
        type: 'relationship',
        relationTo: 'services',
        required: true,
        index: true,
        label: s.listing,
        access: { update: () => false },
        admin: readOnly,
      },
      {
        name: 'problem',
        type: 'select',
        required: true,
        label: s.problem,
        options: englishOptions(problemKinds),
        access: { update: () => false },
        admin: readOnly,
      },
      {
        name: 'details',
        type: 'textarea',
        label: s.details.label,
        access: { update: () => false },
        admin: { ...readOnly, description: s.details.description },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'redactionSummary',
            type: 'text',
            label: s.redactionSummary,
            access: { update: () => false },
            admin: readOnly,
          },
          {
            name: 'locale',
            type: 'select',
            label: s.locale,
            defaultValue: 'en',
            options: locales.map((l) => ({ value: l.code, label: l.englishName })),
            access: { update: () => false },
            admin: readOnly,
          },
        ],
      },
      {
        name: 'notified',
        type: 'text',
        label: s.notified,
        access: { update: () => false },
        admin: readOnly,
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'open',
        label: s.status.label,
        options: [...s.statuses],
        admin: { position: 'sidebar', description: s.status.description },
      },
      {
        name: 'resolvedAt',
        type: 'date',
        label: s.resolvedAt,
        access: { update: () => false },
        admin: {
          ...readOnly,
          position: 'sidebar',
          condition: (data) => data?.status === 'resolved',
          date: { pickerAppearance: 'dayAndTime' },
        },
      },
      {
        name: 'resolvedBy',
        type: 'relationship',
        relationTo: 'users',
        label: s.resolvedBy,
        access: { update: () => false },
        admin: {
          ...readOnly,
          position: 'sidebar',
          condition: (data) => data?.status === 'resolved',
        },
      },
    ],
  }
}
