import type { CollectionConfig, Endpoint } from 'payload'

import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { nobody } from '../../access/nobody'
import { staffOnly } from '../../access/staffOnly'
import { importSortingStrings as s } from './strings'

export const IMPORT_SORTING = 'import-sorting'

/** Paths for Payload's import map (relative to src/). */
const SORTING_PANEL = '/plugins/importSorting/components/SortingPanel#SortingPanel'

const readOnly = { readOnly: true } as const

/**
 * Records from an Open Referral feed that the importer could not classify (issue 13 item 5: "a
 * needs sorting state for officers, never a silent drop"). The importer writes them (access
 * overridden), one per Open Referral id, updated when the feed is imported again; staff sort
 * them in the edit view's panel (SortingPanel), whose endpoints make a draft listing for the
 * moderation queue or dismiss the record. Nobody edits the fields by hand: the state changes
 * only through those actions, so the record always says what happened and who did it.
 */
export function createImportSorting(endpoints: Endpoint[]): CollectionConfig {
  return {
    slug: IMPORT_SORTING,
    labels: s.labels,
    admin: {
      hidden: hiddenFromNonStaff,
      useAsTitle: 'name',
      defaultColumns: ['name', 'organisationName', 'status', 'importedAt'],
      // Not in the nav's collection list: the team's nav link (SortingNavLink, with the count
      // waiting) is the way in, and a second link of the same name beside it confused officers.
      group: false,
      description: s.description,
    },
    access: {
      read: staffOnly,
      create: nobody,
      update: nobody,
      delete: staffOnly,
    },
    defaultSort: '-importedAt',
    endpoints,
    fields: [
      {
        name: 'sorting',
        type: 'ui',
        admin: { components: { Field: SORTING_PANEL } },
      },
      {
        name: 'openReferralId',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: s.fields.openReferralId,
        admin: readOnly,
      },
      { name: 'name', type: 'text', required: true, label: s.fields.name, admin: readOnly },
      { name: 'summary', type: 'textarea', label: s.fields.summary, admin: readOnly },
      { name: 'organisationName', type: 'text', label: s.fields.organisationName, admin: readOnly },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'waiting',
        label: s.fields.status,
        options: s.statuses.map((status) => ({ ...status })),
        admin: { ...readOnly, position: 'sidebar' },
      },
      { name: 'source', type: 'text', label: s.fields.source, admin: readOnly },
      {
        name: 'importedAt',
        type: 'date',
        required: true,
        label: s.fields.importedAt,
        admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      // Lists of plain sentences and term names, written by the importer.
      { name: 'reasons', type: 'json', label: s.fields.reasons, admin: { hidden: true } },
      { name: 'foreignTerms', type: 'json', label: s.fields.foreignTerms, admin: { hidden: true } },
      // The Local Offer terms the record carries and the mapping file suggests (classification.ts).
      { name: 'suggested', type: 'json', label: s.fields.suggested, admin: { hidden: true } },
      {
        name: 'listing',
        type: 'relationship',
        relationTo: 'services',
        label: s.fields.listing,
        admin: { ...readOnly, position: 'sidebar' },
      },
      // What the officer chose: the importer applies it again when the feed is imported later.
      {
        name: 'classification',
        type: 'json',
        label: s.fields.classification,
        admin: { hidden: true },
      },
      {
        name: 'dismissReason',
        type: 'textarea',
        label: s.fields.dismissReason,
        admin: { ...readOnly, condition: (data) => data?.status === 'dismissed' },
      },
      {
        name: 'decidedBy',
        type: 'relationship',
        relationTo: 'users',
        label: s.fields.decidedBy,
        admin: { ...readOnly, position: 'sidebar' },
      },
      {
        name: 'decidedAt',
        type: 'date',
        label: s.fields.decidedAt,
        admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        type: 'collapsible',
        label: s.fields.rawRecord,
        admin: { initCollapsed: true },
        fields: [
          { name: 'record', type: 'json', required: true, label: s.fields.record, admin: readOnly },
        ],
      },
    ],
  }
}
