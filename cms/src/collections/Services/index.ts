import { defaultOnlineLinkPurpose, validateTimeOfDay } from '@local-offer/shared'
import type { CollectionConfig } from 'payload'
import { trackLiveState } from '../../hooks/liveState'

import {
  staffOrOwnOrganisation,
  staffOrOwnOrganisationVersions,
  staffOrProvider,
} from '../../access/ownOrganisation'
import { liveOrStaff } from '../../access/liveOrStaff'
import { staffOnly } from '../../access/staffOnly'
import { emailField, phoneField, websiteField } from '../../fields/contactDetails'
import { openReferralIdField } from '../../fields/openReferralId'
import { postcodeField } from '../../fields/postcode'
import { slugField } from '../../fields/slug'
import { fieldValidator } from '../../fields/validators'
import { listingModerationEndpoints } from '../../endpoints/listingModerationEndpoints'
import { listingStatusEndpoint } from '../../providerDashboard/listingStatusEndpoint'
import { enforceOwnOrganisation } from '../../hooks/enforceOwnOrganisation'
import { emailProviderAboutDecision } from './hooks/emailProviderAboutDecision'
import { keepReviewStatusCurrent } from './hooks/keepReviewStatusCurrent'
import { preventProviderPublishing } from './hooks/preventProviderPublishing'
import { recordPublicationInAuditLog } from './hooks/recordPublicationInAuditLog'
import { rejectUnsafeRichTextLinks } from '../../hooks/rejectUnsafeRichTextLinks'
import { requireProviderDraftSaves } from './hooks/requireProviderDraftSaves'
import { setModerationState } from './hooks/setModerationState'
import { showLiveReviewFieldsOnDrafts } from './hooks/showLiveReviewFieldsOnDrafts'
import { placeVenues } from '../../places/placeVenues'
import { deriveVenueLocalities } from '../../places/venueLocalities'
import { educationOfferFields } from './educationOffer'
import { internalNotesField, temporaryClosureField } from './officerFields'
import { reviewAndModerationFields } from './reviewAndModerationFields'
import { vocabularyField } from './vocabularyFields'
import {
  accessRouteOptions,
  areaOfNeedOptions,
  categoryOptions,
  costTypeOptions,
  onlineLinkPurposeOptions,
  weekdayOptions,
} from './options'
import {
  validateCategory,
  validateClosingTime,
  validateMaximumAge,
  validateMinimumAge,
} from './validation'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'

/**
 * A listing in the Local Offer: one service, with everything SEND Regulations 2014 Schedule 2
 * asks families be told (who it is for, how to access it, eligibility, cost, where and when).
 */
export const Services: CollectionConfig<'services'> = trackLiveState(
  {
    slug: 'services',
    labels: { singular: 'Listing', plural: 'Listings' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'category', 'organisation', '_status', 'moderation', 'reviewStatus'],
      listSearchableFields: ['name', 'summary', 'slug'],
      group: 'Local Offer',
      components: {
        edit: {
          PublishButton: '/components/PublishButtonForStaff#PublishButtonForStaff',
          // One status per listing, worded as on the provider's dashboard (src/providerDashboard).
          Status: '/providerDashboard/components/ListingStatusLine#ListingStatusLine',
          beforeDocumentControls: ['/components/ListingReviewActions#ListingReviewActions'],
        },
      },
    },
    access: {
      read: staffOrOwnOrganisation('organisation', liveOrStaff),
      readVersions: staffOrOwnOrganisationVersions('organisation'),
      create: staffOrProvider,
      update: staffOrOwnOrganisation('organisation'),
      delete: staffOnly,
    },
    versions: {
      // Officers can schedule a publish or an unpublish (issue 12 item 7): src/jobs.
      drafts: { validate: true, schedulePublish: true },
      maxPerDoc: 50,
    },
    // Lists of published listings read only the rows they return, in order. Without an index that
    // gives the order, SQLite builds every matching listing (all its arrays and locales) before
    // sorting: 5 s for one listing out of 1,000 (docs/benchmark.md).
    // (Payload adds createdAt to every sort as a tie-breaker, so the indexes end with it.)
    indexes: [
      { fields: ['_status', 'createdAt'] },
      { fields: ['category', '_status', 'lastReviewed', 'createdAt'] },
    ],
    endpoints: [...listingModerationEndpoints, listingStatusEndpoint],
    hooks: {
      beforeOperation: [requireProviderDraftSaves],
      beforeValidate: [
        preventProviderPublishing,
        enforceOwnOrganisation('organisation'),
        rejectUnsafeRichTextLinks(['description']),
      ],
      beforeChange: [
        setModerationState,
        keepReviewStatusCurrent,
        placeVenues,
        deriveVenueLocalities,
      ],
      // The e-mail hook reads the moderation step the audit hook then clears.
      afterChange: [emailProviderAboutDecision, recordPublicationInAuditLog],
      afterOperation: [showLiveReviewFieldsOnDrafts],
    },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: 'About the service',
            fields: [
              {
                name: 'name',
                type: 'text',
                localized: true,
                maxLength: 150,
                validate: requiredInDefaultLocale('Enter the name of the service'),
              },
              {
                name: 'summary',
                type: 'textarea',
                localized: true,
                validate: requiredInDefaultLocale('Enter a short summary of the service'),
                maxLength: 300,
                admin: {
                  description: 'One or two plain-English sentences shown in search results.',
                },
              },
              { name: 'description', type: 'richText', localized: true },
              {
                // Guidance while writing (stores nothing, never blocks a save): issue 15 item 4.
                name: 'plainEnglish',
                type: 'ui',
                admin: {
                  components: { Field: '/plainEnglish/PlainEnglishGuidance#PlainEnglishGuidance' },
                },
              },
              {
                name: 'image',
                type: 'upload',
                relationTo: 'media',
                admin: {
                  description:
                    'An optional photo of the service or its venue. Its alternative text is required.',
                },
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'category',
                    type: 'select',
                    required: true,
                    index: true,
                    options: categoryOptions,
                    validate: validateCategory,
                    admin: { width: '50%' },
                  },
                  vocabularyField('subCategories', {
                    label: 'Sub-categories',
                    width: '50%',
                    description: 'Sub-categories of the category above.',
                  }),
                ],
              },
              {
                name: 'ageRange',
                type: 'group',
                admin: {
                  description: 'The ages, in whole years from 0 to 25, the service is for.',
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'minimum',
                        label: 'From age',
                        type: 'number',
                        required: true,
                        min: 0,
                        max: 25,
                        validate: (value: unknown) => validateMinimumAge(value),
                        admin: { width: '50%' },
                      },
                      {
                        name: 'maximum',
                        label: 'To age',
                        type: 'number',
                        required: true,
                        min: 0,
                        max: 25,
                        validate: (
                          value: unknown,
                          { siblingData }: { siblingData: Record<string, unknown> },
                        ) => validateMaximumAge(value, siblingData),
                        admin: { width: '50%' },
                      },
                    ],
                  },
                ],
              },
              {
                name: 'areasOfNeed',
                type: 'select',
                hasMany: true,
                options: areaOfNeedOptions,
                admin: {
                  description:
                    'The broad areas of need the service supports. Leave empty if it is for all.',
                },
              },
              vocabularyField('languages', { label: 'Languages offered' }),
            ],
          },
          {
            label: 'Who it is for and how to get it',
            fields: [
              {
                name: 'access',
                type: 'group',
                fields: [
                  {
                    name: 'routes',
                    label: 'How families get this service',
                    type: 'select',
                    hasMany: true,
                    required: true,
                    options: accessRouteOptions,
                  },
                  {
                    name: 'ehcPlanRequired',
                    label: 'An EHC plan is needed',
                    type: 'checkbox',
                    defaultValue: false,
                  },
                  {
                    name: 'referralRequired',
                    label: 'A referral is needed',
                    type: 'checkbox',
                    defaultValue: false,
                  },
                  {
                    name: 'howToAccess',
                    label: 'How to access or refer',
                    type: 'textarea',
                    localized: true,
                    validate: requiredInDefaultLocale(
                      'Say how a family gets this service or who can refer them',
                    ),
                  },
                  websiteField({
                    name: 'referralUrl',
                    label: 'Online form or page web address',
                    admin: {
                      description:
                        'A full web address starting with https:// where families apply, book, refer or find out more.',
                    },
                  }),
                  {
                    name: 'onlineLinkPurpose',
                    label: 'What the online link is for',
                    type: 'select',
                    defaultValue: defaultOnlineLinkPurpose,
                    options: onlineLinkPurposeOptions,
                    admin: {
                      description:
                        'The site labels the link by this ("Apply online", "Book online"…). Choose "Make a referral" only when a referral is needed.',
                      condition: (_, siblingData: Record<string, unknown>) =>
                        Boolean(siblingData?.referralUrl),
                    },
                  },
                ],
              },
              {
                name: 'eligibility',
                type: 'textarea',
                localized: true,
                admin: {
                  description: 'Who can use the service and how it is decided who gets it.',
                },
              },
              {
                name: 'howToComplain',
                label: 'How to complain or appeal',
                type: 'textarea',
                localized: true,
              },
              {
                name: 'cost',
                type: 'group',
                fields: [
                  {
                    name: 'type',
                    type: 'select',
                    required: true,
                    defaultValue: 'free',
                    options: costTypeOptions,
                  },
                  {
                    name: 'detail',
                    type: 'textarea',
                    localized: true,
                    admin: { description: 'What is charged, and any help with costs.' },
                  },
                ],
              },
            ],
          },
          {
            label: 'Contact and locations',
            fields: [
              {
                name: 'contacts',
                type: 'array',
                minRows: 1,
                required: true,
                labels: { singular: 'Contact', plural: 'Contacts' },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'name', type: 'text', admin: { width: '50%' } },
                      { name: 'role', type: 'text', localized: true, admin: { width: '50%' } },
                    ],
                  },
                  {
                    type: 'row',
                    fields: [
                      phoneField({
                        admin: {
                          width: '50%',
                          description: 'A UK phone number, like 0121 496 0000',
                        },
                      }),
                      emailField({ admin: { width: '50%' } }),
                    ],
                  },
                ],
              },
              websiteField(),
              {
                name: 'locations',
                type: 'array',
                labels: { singular: 'Location', plural: 'Locations' },
                admin: {
                  description:
                    'Where the service is delivered. Leave empty for a service delivered at home or online.',
                },
                fields: [
                  { name: 'name', type: 'text', localized: true },
                  { name: 'addressLine1', type: 'text', required: true },
                  { name: 'addressLine2', type: 'text' },
                  {
                    type: 'row',
                    fields: [
                      { name: 'town', type: 'text', required: true, admin: { width: '50%' } },
                      postcodeField({ required: true, admin: { width: '50%' } }),
                    ],
                  },
                  {
                    // The key of a `localities` document, or "out-of-area" (OUTSIDE_AREA).
                    name: 'locality',
                    type: 'text',
                    index: true,
                    admin: {
                      readOnly: true,
                      description:
                        'Found from the postcode when the listing is saved, from the postcode areas of the localities; “out-of-area” when no locality covers it.',
                    },
                  },
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'latitude',
                        type: 'number',
                        admin: {
                          width: '50%',
                          readOnly: true,
                          description: 'Found from the postcode when the listing is saved.',
                        },
                      },
                      {
                        name: 'longitude',
                        type: 'number',
                        admin: { width: '50%', readOnly: true },
                      },
                    ],
                  },
                  {
                    name: 'placeWarning',
                    label: 'Place warning',
                    type: 'text',
                    admin: {
                      readOnly: true,
                      condition: (_data, siblingData: { placeWarning?: string | null }) =>
                        Boolean(siblingData?.placeWarning),
                    },
                  },
                  vocabularyField('venueFeatures', { label: 'Venue accessibility features' }),
                  {
                    name: 'accessibility',
                    label: 'Accessibility of the venue',
                    type: 'textarea',
                    localized: true,
                  },
                ],
              },
              {
                name: 'openingTimes',
                type: 'array',
                labels: { singular: 'Opening time', plural: 'Opening times' },
                fields: [
                  {
                    name: 'days',
                    type: 'select',
                    hasMany: true,
                    required: true,
                    options: weekdayOptions,
                  },
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'opens',
                        type: 'text',
                        required: true,
                        validate: fieldValidator(
                          validateTimeOfDay,
                          'Enter an opening time, like 09:00',
                        ),
                        admin: { width: '50%', placeholder: '09:00' },
                      },
                      {
                        name: 'closes',
                        type: 'text',
                        required: true,
                        validate: (
                          value: unknown,
                          { siblingData }: { siblingData: Record<string, unknown> },
                        ) =>
                          value
                            ? validateClosingTime(value, siblingData)
                            : 'Enter a closing time, like 17:00',
                        admin: { width: '50%', placeholder: '17:00' },
                      },
                    ],
                  },
                  {
                    name: 'note',
                    type: 'text',
                    localized: true,
                    admin: { placeholder: 'Term time only' },
                  },
                ],
              },
            ],
          },
          {
            label: 'School or college offer',
            description:
              'For education providers: the information SEND Regulations 2014 Schedule 2 paragraph 5 asks for.',
            fields: educationOfferFields,
          },
        ],
      },
      internalNotesField,
      slugField('name'),
      openReferralIdField(),
      {
        name: 'organisation',
        type: 'relationship',
        relationTo: 'organisations',
        required: true,
        index: true,
        admin: { position: 'sidebar', description: 'The provider that owns this listing.' },
      },
      temporaryClosureField,
      ...reviewAndModerationFields,
    ],
  },
  ['lastReviewed', 'reviewStatus'],
)
