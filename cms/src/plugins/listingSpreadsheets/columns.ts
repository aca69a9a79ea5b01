import { educationOfferQuestions, localeCodes } from '@local-offer/shared'

import {
  accessRouteOptions,
  areaOfNeedOptions,
  categoryOptions,
  costTypeOptions,
  onlineLinkPurposeOptions,
  weekdayOptions,
} from '../../collections/Services/options'
import {
  email,
  exportOnly,
  manyOf,
  oneOf,
  paragraphs,
  phone,
  plainText,
  postcode,
  slug,
  timeOfDay,
  webAddress,
  wholeNumber,
  yesNo,
  type CellKind,
} from './cellKinds'
import { manyTerms } from './vocabularyCells'

/**
 * The spreadsheet's columns: one row per listing and language. Each column is one listing field
 * (`path`); lists (contacts, locations, opening times) become numbered groups of columns
 * ("contact_1_phone", "contact_2_phone"…). Column names are stable: they are what the import
 * reads, so renaming one breaks officers' saved spreadsheets. Docs: docs/spreadsheets.md.
 */
export interface Column {
  /** The header cell, e.g. "age_from". */
  key: string
  /** The field in words, for the preview's reasons: "Age from". */
  label: string
  /** Where the value is in a listing (Payload field names). */
  path: readonly string[]
  kind: CellKind
  /** Its text differs per language (the row's `locale` says which). */
  localized: boolean
  /** The import refuses a row that leaves it empty (localized ones: in English only). */
  required?: boolean
  /** Export only: the import ignores it. */
  readOnly?: boolean
  /** What it holds, for the template's explanation row (after the kind's hint). */
  help: string
}

export interface GroupField {
  key: string
  label: string
  field: string
  kind: CellKind
  localized: boolean
  required?: boolean
  help: string
}

export interface ColumnGroup {
  /** Header prefix: "contact" gives "contact_1_name". */
  key: string
  /** In words: "Contact" gives "Contact 1 phone". */
  label: string
  /** The listing's array field. */
  field: 'contacts' | 'locations' | 'openingTimes'
  /** A listing needs at least this many. */
  minimum: number
  fields: readonly GroupField[]
}

const column = (
  key: string,
  label: string,
  path: string | readonly string[],
  kind: CellKind,
  help: string,
  extra: Partial<Pick<Column, 'localized' | 'required' | 'readOnly'>> = {},
): Column => ({
  key,
  label,
  path: typeof path === 'string' ? [path] : path,
  kind,
  help,
  localized: false,
  ...extra,
})

const localized = { localized: true } as const

/** "approachToTeaching" → "approach_to_teaching": headers are lower case, read case-blind. */
const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** The columns that say which listing and language a row is. */
export const ID_COLUMN = 'id'
export const SLUG_COLUMN = 'slug'
export const LOCALE_COLUMN = 'locale'
export const ORGANISATION_COLUMN = 'organisation_id'

export const localeKind = oneOf(localeCodes.map((code) => ({ value: code, label: code })))

export const columns: readonly Column[] = [
  column(
    ID_COLUMN,
    'Listing ID',
    'id',
    exportOnly,
    'The listing’s number in the CMS. Leave it empty to add a new listing; keep it to change that listing.',
  ),
  column(
    SLUG_COLUMN,
    'Web address name',
    'slug',
    slug,
    'The end of the listing’s web address. A row with no ID is matched to the listing with this slug, if there is one.',
  ),
  column(
    LOCALE_COLUMN,
    'Language',
    'locale',
    localeKind,
    'The language of this row’s text: en (English), pl (Polish) or ar (Arabic). Empty means en. A new listing is added in English first.',
  ),
  column(
    ORGANISATION_COLUMN,
    'Organisation ID',
    'organisation',
    wholeNumber(1, Number.MAX_SAFE_INTEGER),
    'The number of the organisation (provider) that owns the listing; see organisation_name.',
    { required: true },
  ),
  column(
    'organisation_name',
    'Organisation name',
    ['organisation_name'],
    exportOnly,
    'The organisation’s name.',
    { readOnly: true },
  ),
  column('name', 'Name', 'name', plainText(150), 'The name of the service.', {
    ...localized,
    required: true,
  }),
  column(
    'summary',
    'Summary',
    'summary',
    plainText(300),
    'One or two plain-English sentences shown in search results.',
    { ...localized, required: true },
  ),
  column(
    'description',
    'Description',
    'description',
    paragraphs,
    'What the service is and does.',
    localized,
  ),
  column('category', 'Category', 'category', oneOf(categoryOptions), 'The Local Offer category.', {
    required: true,
  }),
  column(
    'sub_categories',
    'Sub-categories',
    'subCategories',
    manyTerms('subCategories'),
    'Sub-categories of the category.',
  ),
  column(
    'age_from',
    'Age from',
    ['ageRange', 'minimum'],
    wholeNumber(0, 25),
    'The youngest age the service is for.',
    { required: true },
  ),
  column(
    'age_to',
    'Age to',
    ['ageRange', 'maximum'],
    wholeNumber(0, 25),
    'The oldest age the service is for (the same as or more than age_from).',
    { required: true },
  ),
  column(
    'areas_of_need',
    'Areas of need',
    'areasOfNeed',
    manyOf(areaOfNeedOptions),
    'The broad areas of need it supports; empty means all.',
  ),
  column(
    'languages',
    'Languages offered',
    'languages',
    manyTerms('languages'),
    'Languages the service is offered in.',
  ),
  column(
    'access_routes',
    'How families get this service',
    ['access', 'routes'],
    manyOf(accessRouteOptions),
    'At least one way in.',
    { required: true },
  ),
  column(
    'ehc_plan_required',
    'An EHC plan is needed',
    ['access', 'ehcPlanRequired'],
    yesNo,
    'Whether an EHC plan is needed.',
  ),
  column(
    'referral_required',
    'A referral is needed',
    ['access', 'referralRequired'],
    yesNo,
    'Whether a referral is needed.',
  ),
  column(
    'how_to_access',
    'How to access or refer',
    ['access', 'howToAccess'],
    plainText(),
    'How a family gets the service or who can refer them.',
    { ...localized, required: true },
  ),
  column(
    'online_link',
    'Online form or page web address',
    ['access', 'referralUrl'],
    webAddress,
    'Where families apply, book, refer or find out more.',
  ),
  column(
    'online_link_purpose',
    'What the online link is for',
    ['access', 'onlineLinkPurpose'],
    oneOf(onlineLinkPurposeOptions),
    'How the site labels the online link.',
  ),
  column(
    'eligibility',
    'Eligibility',
    'eligibility',
    plainText(),
    'Who can use the service and how it is decided.',
    localized,
  ),
  column(
    'how_to_complain',
    'How to complain or appeal',
    'howToComplain',
    plainText(),
    'How to complain or appeal.',
    localized,
  ),
  column('cost_type', 'Cost', ['cost', 'type'], oneOf(costTypeOptions), 'Whether families pay.', {
    required: true,
  }),
  column(
    'cost_detail',
    'Cost details',
    ['cost', 'detail'],
    plainText(),
    'What is charged, and any help with costs.',
    localized,
  ),
  column('website', 'Website', 'website', webAddress, 'The service’s website.'),
  column(
    'sen_information_report',
    'SEN information report',
    'senInformationReportUrl',
    webAddress,
    'For schools: the published SEN information report.',
  ),
  ...educationOfferQuestions.map(({ key, label }) =>
    column(
      `education_${snakeCase(key)}`,
      label,
      ['educationOffer', key],
      plainText(),
      `For schools and colleges (category education): ${label}`,
      localized,
    ),
  ),
  column(
    'review_interval_months',
    'Review every (months)',
    'reviewIntervalMonths',
    wholeNumber(1, 24),
    'Empty uses the interval for the category (Review settings).',
  ),
  column(
    'image_id',
    'Image ID',
    ['image'],
    exportOnly,
    'The number of the listing’s photo in Media.',
    { readOnly: true },
  ),
  column(
    'live',
    'On the site',
    ['live'],
    exportOnly,
    'yes if a version of the listing is published.',
    { readOnly: true },
  ),
  column(
    'moderation',
    'Moderation',
    'moderation',
    exportOnly,
    'Where its latest change is in moderation.',
    { readOnly: true },
  ),
  column(
    'review_status',
    'Review status',
    'reviewStatus',
    exportOnly,
    'current, due-soon, overdue or withdrawn.',
    { readOnly: true },
  ),
  column(
    'last_reviewed',
    'Last reviewed',
    'lastReviewed',
    exportOnly,
    'The day it was last confirmed correct.',
    { readOnly: true },
  ),
  column(
    'open_referral_id',
    'Open Referral id',
    'openReferralId',
    exportOnly,
    'Its id in the Open Referral UK feed.',
    { readOnly: true },
  ),
  column(
    'updated_at',
    'Last changed',
    'updatedAt',
    exportOnly,
    'When its latest version was saved.',
    { readOnly: true },
  ),
]

export const columnGroups: readonly ColumnGroup[] = [
  {
    key: 'contact',
    label: 'Contact',
    field: 'contacts',
    minimum: 1,
    fields: [
      {
        key: 'name',
        label: 'name',
        field: 'name',
        kind: plainText(),
        localized: false,
        help: 'A person or team.',
      },
      {
        key: 'role',
        label: 'role',
        field: 'role',
        kind: plainText(),
        localized: true,
        help: 'Their role.',
      },
      {
        key: 'phone',
        label: 'phone',
        field: 'phone',
        kind: phone,
        localized: false,
        help: 'Their phone number.',
      },
      {
        key: 'email',
        label: 'e-mail',
        field: 'email',
        kind: email,
        localized: false,
        help: 'Their e-mail address.',
      },
    ],
  },
  {
    key: 'location',
    label: 'Location',
    field: 'locations',
    minimum: 0,
    fields: [
      {
        key: 'name',
        label: 'name',
        field: 'name',
        kind: plainText(),
        localized: true,
        help: 'The venue’s name.',
      },
      {
        key: 'address_line_1',
        label: 'address line 1',
        field: 'addressLine1',
        kind: plainText(),
        localized: false,
        required: true,
        help: 'First line of the address.',
      },
      {
        key: 'address_line_2',
        label: 'address line 2',
        field: 'addressLine2',
        kind: plainText(),
        localized: false,
        help: 'Second line of the address.',
      },
      {
        key: 'town',
        label: 'town',
        field: 'town',
        kind: plainText(),
        localized: false,
        required: true,
        help: 'Town.',
      },
      {
        key: 'postcode',
        label: 'postcode',
        field: 'postcode',
        kind: postcode,
        localized: false,
        required: true,
        help: 'Postcode; the map position is found from it.',
      },
      {
        key: 'area',
        label: 'area',
        field: 'locality',
        kind: exportOnly,
        localized: false,
        help: 'The key of the locality it is in, found from the postcode when the listing is saved.',
      },
      {
        key: 'venue_features',
        label: 'venue accessibility features',
        field: 'venueFeatures',
        kind: manyTerms('venueFeatures'),
        localized: false,
        help: 'Accessibility features of the venue.',
      },
      {
        key: 'accessibility',
        label: 'accessibility of the venue',
        field: 'accessibility',
        kind: plainText(),
        localized: true,
        help: 'Anything else about access to the venue.',
      },
    ],
  },
  {
    key: 'opening',
    label: 'Opening time',
    field: 'openingTimes',
    minimum: 0,
    fields: [
      {
        key: 'days',
        label: 'days',
        field: 'days',
        kind: manyOf(weekdayOptions),
        localized: false,
        required: true,
        help: 'The days these hours apply to.',
      },
      {
        key: 'opens',
        label: 'opens',
        field: 'opens',
        kind: timeOfDay,
        localized: false,
        required: true,
        help: 'Opening time.',
      },
      {
        key: 'closes',
        label: 'closes',
        field: 'closes',
        kind: timeOfDay,
        localized: false,
        required: true,
        help: 'Closing time, later than the opening time.',
      },
      {
        key: 'note',
        label: 'note',
        field: 'note',
        kind: plainText(),
        localized: true,
        help: 'Like "Term time only".',
      },
    ],
  },
]

export const groupHeader = (group: ColumnGroup, n: number, field: GroupField) =>
  `${group.key}_${n}_${field.key}`

export const groupLabel = (group: ColumnGroup, n: number, field: GroupField) =>
  `${group.label} ${n} ${field.label}`

/** "contact_2_phone" → the contact group, item 2, its phone field. */
export function groupColumnOf(header: string) {
  const match = /^([a-z]+)_(\d+)_([a-z0-9_]+)$/.exec(header)
  if (!match) return undefined
  const group = columnGroups.find((g) => g.key === match[1])
  const field = group?.fields.find((f) => f.key === match[3])
  const n = Number(match[2])
  return group && field && n >= 1 ? { group, n, field } : undefined
}

/** The header for a file with `counts` items in each group (at least one of each). */
export function headerFor(counts: Partial<Record<ColumnGroup['key'], number>> = {}): string[] {
  const grouped = columnGroups.flatMap((group) => {
    const count = Math.max(1, counts[group.key] ?? 1)
    return Array.from({ length: count }, (_, i) =>
      group.fields.map((field) => groupHeader(group, i + 1, field)),
    ).flat()
  })
  // The listing's own fields, then the lists, then the export-only columns about its state.
  const split = columns.findIndex((c) => c.key === 'image_id')
  const keys = columns.map((c) => c.key)
  return [...keys.slice(0, split), ...grouped, ...keys.slice(split)]
}
