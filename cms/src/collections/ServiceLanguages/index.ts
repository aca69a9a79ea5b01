import { vocabularyCollection } from '../vocabularies/vocabularyCollection'

/** A language tag: ISO 639-1 ("pl") or 639-3 ("bfi" for British Sign Language). */
const validateCode = (value: unknown): true | string =>
  typeof value === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)
    ? true
    : 'Enter the language’s code, like pl for Polish or bfi for British Sign Language'

/** Issue 12 item 2: the languages a service can be offered in are data. */
export const ServiceLanguages = vocabularyCollection({
  slug: 'service-languages',
  labels: { singular: 'Language', plural: 'Languages' },
  description:
    'The languages a service can be offered in: providers pick them for their listings and families filter by them.',
  noun: 'language',
  listingsWhere: (key) => ({ languages: { in: [key] } }),
  defaultColumns: ['label', 'code', 'key', 'order'],
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      validate: validateCode,
      admin: {
        description:
          'The language code the Open Referral feed gives: ISO 639-1 (pl, ar) where there is one, otherwise ISO 639-3 (bfi for British Sign Language).',
      },
    },
  ],
})
