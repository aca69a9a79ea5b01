import type { CollectionConfig } from 'payload'

import { hiddenFromNonStaff } from '../../../access/hiddenFromNonStaff'
import { staffOnly } from '../../../access/staffOnly'
import { nobody } from '../../../access/nobody'
import { rebuildSiteNowEndpoint } from '../endpoints/rebuildSiteNow'
import { siteBuildStatuses } from '../buildStates'
import { siteBuildStrings as s } from '../strings'

const withSeconds = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm:ss' },
} as const

/**
 * Every rebuild of the public site: what asked for it, when it ran, and how it ended (with the
 * reason and the end of its log if it failed). Written only by the CMS (the rebuild requests and
 * the build runner); staff read it; nobody creates, edits or deletes builds through the API.
 */
export const SiteBuilds: CollectionConfig<'site-builds'> = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: [
      'requestedAt',
      'status',
      'trigger',
      'changes',
      'finishedAt',
      'pages',
      'failureReason',
    ],
    group: 'Administration',
    hidden: hiddenFromNonStaff,
    disableCopyToLocale: true,
    description:
      'The public site is rebuilt automatically a short while after content is published or withdrawn. A failed build leaves the site as it was.',
    components: {
      beforeList: ['/plugins/sitePublishing/components/RebuildSiteButton#RebuildSiteButton'],
    },
  },
  disableDuplicate: true,
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-requestedAt',
  endpoints: [rebuildSiteNowEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [...siteBuildStatuses],
    },
    {
      name: 'trigger',
      label: 'Asked for by',
      type: 'text',
      required: true,
      admin: { description: 'The first change that asked for this build.' },
    },
    {
      name: 'lastChange',
      label: 'Latest change included',
      type: 'text',
    },
    {
      name: 'changes',
      label: 'Changes included',
      type: 'number',
      required: true,
      defaultValue: 1,
      admin: { description: 'How many changes this one build publishes together.' },
    },
    {
      name: 'requestedAt',
      label: 'Asked for at',
      type: 'date',
      required: true,
      index: true,
      admin: withSeconds,
    },
    { name: 'startAfter', label: 'Starts after', type: 'date', required: true, admin: withSeconds },
    { name: 'startedAt', label: 'Started', type: 'date', admin: withSeconds },
    { name: 'finishedAt', label: 'Finished', type: 'date', admin: withSeconds },
    { name: 'pages', type: 'number', admin: { description: 'Pages in the published build.' } },
    { name: 'release', type: 'text', admin: { description: 'The release folder now served.' } },
    {
      name: 'failureReason',
      label: 'Why it failed',
      type: 'textarea',
    },
    {
      name: 'heldBack',
      label: 'Held back',
      type: 'json',
      admin: {
        readOnly: true,
        // A readable list rather than Payload's JSON editor, which never loads here (see the component).
        components: {
          Field: '/plugins/sitePublishing/components/HeldBackRecordsField#HeldBackRecordsField',
        },
        description: s.heldBackFieldDescription,
      },
    },
    {
      name: 'logTail',
      label: 'End of the build log',
      // Plain text, not Payload's code editor: that loads its editor from a CDN, so without one
      // (no internet, or a Content-Security-Policy) officers saw a grey placeholder instead of the
      // log that says what a build did (made every page, or which listing pages it reused).
      type: 'textarea',
      admin: { readOnly: true, rows: 16 },
    },
    {
      name: 'slot',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: {
        hidden: true,
        description: 'queued, running or done:<id>: unique, so only one build waits and one runs.',
      },
    },
    { name: 'runner', type: 'text', admin: { hidden: true } },
    { name: 'heartbeatAt', type: 'date', admin: { hidden: true } },
  ],
}
