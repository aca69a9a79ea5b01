import {
  COMMENT_MAX_LENGTH,
  englishOptions,
  feedbackTopics,
  locales,
  respondentTypes,
} from '@local-offer/shared'
import type { CollectionConfig, Endpoint } from 'payload'

import { staffOnly } from '../../access/staffOnly'
import { nobody } from '../../access/nobody'
import {
  commentStrings as strings,
  personalDataStrings,
  quoteCheckStrings,
} from '../../feedback/strings'
import { anonymiseComment } from './hooks/anonymiseComment'
import { auditQuoteCheck, rememberSentText, stampQuoteCheck } from './hooks/quoteCheck'

const withinLength = (value: unknown, { operation }: { operation?: string }): true | string => {
  // After the retention period what was written is deleted (set to null) by the server; only a
  // new comment must have text.
  if ((value === null || value === undefined) && operation === 'update') return true
  if (typeof value !== 'string' || value.trim() === '') return 'A comment needs some text'
  return [...value].length <= COMMENT_MAX_LENGTH
    ? true
    : `A comment can be at most ${COMMENT_MAX_LENGTH} characters long`
}

/**
 * Comments on the Local Offer from children, young people, parents and professionals
 * (SEND Regulations 2014 reg 56). Private to LA staff. Nobody creates them through the API:
 * they arrive only through the public form's endpoint (POST /api/comments/submit), which
 * validates, rate-limits and drops spam before creating one with access control overridden.
 */
export function createComments(endpoints: Endpoint[]): CollectionConfig<'comments'> {
  return {
    slug: 'comments',
    labels: strings.labels,
    admin: {
      useAsTitle: 'anonymisedText',
      defaultColumns: ['anonymisedText', 'topic', 'respondent', 'status', 'createdAt'],
      group: strings.group,
      description: strings.description,
      listSearchableFields: ['anonymisedText'],
      components: {
        beforeListTable: ['/components/ExportCommentsCsv#ExportCommentsCsv'],
      },
    },
    access: {
      read: staffOnly,
      create: nobody,
      update: staffOnly,
      delete: staffOnly,
    },
    endpoints,
    hooks: {
      beforeChange: [rememberSentText, anonymiseComment, stampQuoteCheck],
      afterChange: [auditQuoteCheck],
    },
    fields: [
      {
        name: 'comment',
        type: 'textarea',
        label: strings.comment.label,
        validate: withinLength,
        access: { update: () => false },
        admin: { readOnly: true, description: strings.comment.description },
      },
      {
        name: 'originalDeletedAt',
        type: 'date',
        label: personalDataStrings.originalDeletedAt.label,
        admin: {
          readOnly: true,
          description: personalDataStrings.originalDeletedAt.description,
          condition: (data) => Boolean(data?.originalDeletedAt),
          date: { pickerAppearance: 'dayAndTime' },
        },
      },
      {
        name: 'anonymisedText',
        type: 'textarea',
        label: strings.anonymisedText.label,
        admin: { description: strings.anonymisedText.description },
      },
      {
        name: 'anonymisedReview',
        type: 'ui',
        admin: {
          components: {
            Field: {
              path: '/feedback/components/QuoteReview#QuoteReview',
              clientProps: { textPath: 'anonymisedText' },
            },
          },
        },
      },
      {
        name: 'quoteChecked',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: quoteCheckStrings.quoteChecked.label,
        admin: { description: quoteCheckStrings.quoteChecked.description },
      },
      {
        type: 'row',
        admin: { condition: (data) => Boolean(data?.quoteChecked) },
        fields: [
          {
            name: 'quoteCheckedBy',
            type: 'text',
            label: quoteCheckStrings.quoteCheckedBy.label,
            admin: { readOnly: true },
          },
          {
            name: 'quoteCheckedAt',
            type: 'date',
            label: quoteCheckStrings.quoteCheckedAt.label,
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'anonymisedTextEdited',
            type: 'checkbox',
            label: strings.anonymisedTextEdited.label,
            defaultValue: false,
            admin: { readOnly: true },
          },
          {
            name: 'redactionSummary',
            type: 'text',
            label: strings.redactionSummary.label,
            admin: { readOnly: true, description: strings.redactionSummary.description },
          },
        ],
      },
      {
        name: 'respondent',
        type: 'select',
        required: true,
        label: strings.respondent.label,
        defaultValue: 'prefer-not-to-say',
        options: englishOptions(respondentTypes),
        admin: { position: 'sidebar' },
      },
      {
        name: 'topic',
        type: 'select',
        required: true,
        label: strings.topic.label,
        defaultValue: 'general',
        options: englishOptions(feedbackTopics),
        admin: { position: 'sidebar' },
      },
      {
        name: 'locale',
        type: 'select',
        label: strings.locale.label,
        options: locales.map((l) => ({ value: l.code, label: l.englishName })),
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'reportingYear',
        type: 'text',
        label: strings.reportingYear.label,
        index: true,
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: strings.reportingYear.description,
        },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        label: strings.status.label,
        defaultValue: 'new',
        options: [...strings.status.options],
        index: true,
        admin: { position: 'sidebar' },
      },
      {
        name: 'notPublishedReason',
        type: 'select',
        label: strings.notPublishedReason.label,
        options: [...strings.notPublishedReason.options],
        admin: {
          position: 'sidebar',
          description: strings.notPublishedReason.description,
          condition: (data) => data?.status === 'not-published',
        },
      },
    ],
  }
}
