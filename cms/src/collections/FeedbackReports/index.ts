import { englishOptions, feedbackTopics, isReportingYear, themeStatuses } from '@local-offer/shared'
import type { CollectionConfig, Field, FilterOptions } from 'payload'
import { trackLiveState } from '../../hooks/liveState'

import { staffOnly } from '../../access/staffOnly'
import { staffOnlyField } from '../../access/staffOnlyField'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { quoteCheckStrings, reportStrings as strings } from '../../feedback/strings'
import {
  onlyCheckedQuotesForThePublic,
  quoteAnonymisedComments,
} from './hooks/quoteAnonymisedComments'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'

/** Staff only, even when the report is published: the site never sees which comments were linked. */
const staffOnlyReadAndWrite = {
  read: staffOnlyField,
  create: staffOnlyField,
  update: staffOnlyField,
}

/** Offer (and accept) only comments sent in the report's reporting year. */
const commentsOfTheReportYear: FilterOptions = ({ data }) =>
  isReportingYear(data?.year) ? { reportingYear: { equals: data.year } } : true

const computed = (description?: string) =>
  ({ readOnly: true, description }) satisfies Field['admin']

/**
 * The yearly "You said, we did" report (Children and Families Act 2014 s.30(6), SEND Regulations
 * 2014 reg 56): comments grouped into themes, with the council's response and the action it will
 * take. One per reporting year; drafts stay private until an officer publishes the year's report,
 * and published reports stay online as later years are added.
 */
export const FeedbackReports: CollectionConfig<'feedback-reports'> = trackLiveState({
  slug: 'feedback-reports',
  labels: strings.labels,
  admin: {
    // Providers cannot change it: it is not on their dashboard or menu (issue 12 item 5).
    hidden: hiddenFromNonStaff,
    useAsTitle: 'year',
    defaultColumns: ['year', 'title', '_status', 'updatedAt'],
    group: 'Comments and response',
    description: strings.description,
  },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-year',
  hooks: { beforeChange: [quoteAnonymisedComments] },
  fields: [
    {
      name: 'year',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: strings.year.label,
      validate: (value: unknown) => (isReportingYear(value) ? true : strings.year.invalid),
      admin: { description: strings.year.description },
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: strings.title.label,
      validate: requiredInDefaultLocale(strings.title.required),
    },
    {
      name: 'introduction',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: strings.introduction.label,
      admin: { description: strings.introduction.description },
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: 'First published on',
      access: { read: staffOnlyField },
      admin: {
        ...computed(
          'When this report was first published. What people wrote in this year’s comments is deleted a set time after this (Comment retention).',
        ),
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'commentsReceived',
      type: 'number',
      label: strings.commentsReceived.label,
      admin: computed(strings.commentsReceived.description),
    },
    {
      name: 'themes',
      type: 'array',
      labels: strings.themes.labels,
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          maxLength: 150,
          label: strings.theme.title.label,
          validate: requiredInDefaultLocale(strings.theme.title.required),
        },
        {
          name: 'topic',
          type: 'select',
          label: strings.theme.topic.label,
          options: englishOptions(feedbackTopics),
        },
        {
          name: 'whatPeopleSaid',
          type: 'textarea',
          localized: true,
          maxLength: 3000,
          label: strings.theme.whatPeopleSaid.label,
          validate: requiredInDefaultLocale(strings.theme.whatPeopleSaid.required),
          admin: { description: strings.theme.whatPeopleSaid.description },
        },
        {
          name: 'response',
          type: 'textarea',
          localized: true,
          maxLength: 3000,
          label: strings.theme.response.label,
          validate: requiredInDefaultLocale(strings.theme.response.required),
        },
        {
          name: 'action',
          type: 'textarea',
          localized: true,
          maxLength: 3000,
          label: strings.theme.action.label,
          validate: requiredInDefaultLocale(strings.theme.action.required),
          admin: { description: strings.theme.action.description },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          label: strings.theme.status.label,
          options: englishOptions(themeStatuses),
        },
        {
          name: 'comments',
          type: 'relationship',
          relationTo: 'comments',
          hasMany: true,
          label: strings.theme.comments.label,
          access: staffOnlyReadAndWrite,
          filterOptions: commentsOfTheReportYear,
          admin: { description: strings.theme.comments.description },
        },
        {
          name: 'quotedComments',
          type: 'relationship',
          relationTo: 'comments',
          hasMany: true,
          label: strings.theme.quotedComments.label,
          access: staffOnlyReadAndWrite,
          filterOptions: commentsOfTheReportYear,
          admin: { description: strings.theme.quotedComments.description },
        },
        {
          name: 'commentCount',
          type: 'number',
          label: strings.theme.commentCount.label,
          admin: computed(),
        },
        {
          name: 'quotes',
          type: 'array',
          label: strings.theme.quotes.label,
          admin: computed(strings.theme.quotes.description),
          hooks: { afterRead: [onlyCheckedQuotesForThePublic] },
          fields: [
            { name: 'text', type: 'textarea', admin: { readOnly: true } },
            {
              type: 'row',
              fields: [
                {
                  // The id only, not a relationship: old versions of a report keep their quotes,
                  // and a link would stop the comment being erased (a foreign key) or be lost.
                  name: 'commentId',
                  type: 'number',
                  label: quoteCheckStrings.quote.comment.label,
                  access: staffOnlyReadAndWrite,
                  admin: { readOnly: true },
                },
                {
                  name: 'checked',
                  type: 'checkbox',
                  label: quoteCheckStrings.quote.checked.label,
                  access: staffOnlyReadAndWrite,
                  admin: { readOnly: true },
                },
              ],
            },
            {
              name: 'review',
              type: 'ui',
              admin: {
                components: {
                  Field: {
                    path: '/feedback/components/QuoteReview#QuoteReview',
                    clientProps: { textPath: 'text' },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  ],
})
