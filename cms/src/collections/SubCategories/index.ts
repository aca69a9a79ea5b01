import { categories, englishOptions, isCategoryValue } from '@local-offer/shared'
import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { listingsCount, listingsUsing } from '../../hooks/keyInUse'
import { vocabularyCollection } from '../vocabularies/vocabularyCollection'

/** esd service type identifiers are whole numbers ("1788"). */
const validateEsdServiceTypes = (value: unknown): true | string => {
  const wrong = (Array.isArray(value) ? value : []).filter(
    (id) => typeof id !== 'string' || !/^[0-9]+$/.test(id),
  )
  return wrong.length > 0
    ? `Enter esd service type identifiers as numbers, like 1788 (not ${wrong.join(', ')})`
    : true
}

/**
 * A sub-category listings use stays in its category: a listing's sub-categories must belong to
 * its category, so moving one would leave those listings refused at their next save.
 */
const keepCategoryWhileInUse: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const before = originalDoc as { key?: string; category?: string } | undefined
  if (operation !== 'update' || !before?.key || !data.category) return data
  if (data.category === before.category) return data
  const count = await listingsUsing(req, { subCategories: { in: [before.key] } })
  if (count > 0) {
    throw new APIError(
      `This sub-category cannot move to another category: ${listingsCount(count)} it. Move them to another sub-category, and save them, first.`,
      409,
      null,
      true,
    )
  }
  return data
}

const collection = vocabularyCollection({
  slug: 'sub-categories',
  labels: { singular: 'Sub-category', plural: 'Sub-categories' },
  description:
    'The sub-categories under the ten categories of the SEND Regulations: providers pick them for their listings and families filter by them.',
  noun: 'sub-category',
  listingsWhere: (key) => ({ subCategories: { in: [key] } }),
  defaultColumns: ['label', 'category', 'key', 'order'],
  // A category's value is an Open Referral taxonomy code too; a sub-category may not take one.
  reservedKeys: (key) =>
    isCategoryValue(key) ? `“${key}” is a category’s key: choose another key` : null,
  fields: [
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: englishOptions(categories),
      admin: { description: 'The category of the SEND Regulations this sub-category is under.' },
    },
    {
      name: 'esdServiceTypes',
      label: 'LGA esd service types',
      type: 'text',
      hasMany: true,
      validate: validateEsdServiceTypes,
      admin: {
        description:
          'The identifiers of the LGA esd service types that say the same thing (standards.esd.org.uk, list “service types”), for the Open Referral feed. Leave empty when none does.',
      },
    },
  ],
})

/** Issue 12 item 2: the sub-categories under the ten fixed categories are data. */
export const SubCategories: CollectionConfig = {
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), keepCategoryWhileInUse],
  },
}
