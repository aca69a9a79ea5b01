import { slugify, validateSlug } from '@local-offer/shared'
import type { CollectionConfig, CollectionSlug, Field, FieldHook, Where } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { keyInUseHooks } from '../../hooks/keyInUse'

export interface VocabularyOptions {
  slug: CollectionSlug
  labels: { singular: string; plural: string }
  description: string
  /** The term in words, for refusals: "sub-category". */
  noun: string
  /** Which listings use a key (the in-use count behind the refusals). */
  listingsWhere: (key: string) => Where
  /** The fields this vocabulary has besides key, label and order. */
  fields?: Field[]
  defaultColumns?: string[]
  /** Keys the vocabulary may not take, with the reason. */
  reservedKeys?: (key: string) => string | null
}

/** Fills an empty key from the English label, like a page's slug. */
const keyFromLabel: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  const label = data?.label
  return typeof label === 'string' ? slugify(label) : value
}

/** A new term with no display order goes after the vocabulary's last one. */
const lastUnlessGiven =
  (collection: CollectionSlug): FieldHook =>
  async ({ value, operation, req }) => {
    if (operation !== 'create' || typeof value === 'number') return value
    const last = await req.payload.find({
      collection,
      sort: '-order',
      limit: 1,
      depth: 0,
      select: { order: true },
      req,
    })
    const highest = (last.docs[0] as { order?: number | null } | undefined)?.order
    return typeof highest === 'number' ? highest + 1 : 1
  }

/**
 * One vocabulary officers manage (issue 12 item 2): sub-categories, venue accessibility features
 * and languages. Each term has a stable key (what listings store, and what web addresses, search
 * filters and the Open Referral feed use), a label in every language and a display order.
 * Officers and administrators create, change and delete terms; anyone reads them (the site's
 * build, the admin's pickers, the Open Referral API); providers only pick existing terms. A key
 * listings use cannot change, and a term listings use cannot be deleted.
 */
export function vocabularyCollection(options: VocabularyOptions): CollectionConfig {
  const { keepKeyWhileInUse, refuseDeleteWhileInUse } = keyInUseHooks({
    collection: options.slug,
    keyField: 'key',
    noun: options.noun,
    listingsWhere: options.listingsWhere,
    moveFirst: `Move them to another ${options.noun}, and save them, first.`,
  })
  return {
    slug: options.slug,
    labels: options.labels,
    admin: {
      hidden: hiddenFromNonStaff,
      useAsTitle: 'label',
      defaultColumns: options.defaultColumns ?? ['label', 'key', 'order', 'updatedAt'],
      group: 'Vocabularies',
      description: options.description,
    },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    defaultSort: 'order',
    hooks: { beforeChange: [keepKeyWhileInUse], beforeDelete: [refuseDeleteWhileInUse] },
    fields: [
      {
        name: 'label',
        type: 'text',
        localized: true,
        maxLength: 120,
        validate: requiredInDefaultLocale('Enter the words families see for this term'),
      },
      ...(options.fields ?? []),
      {
        name: 'order',
        label: 'Display order',
        type: 'number',
        index: true,
        hooks: { beforeValidate: [lastUnlessGiven(options.slug)] },
        admin: {
          position: 'sidebar',
          description:
            'Lower numbers come first in lists and filters; equal numbers go by label. Left empty, a new term goes last.',
        },
      },
      {
        name: 'key',
        type: 'text',
        // Not `required`: the hook fills it from the label, and validateSlug refuses a blank one.
        unique: true,
        index: true,
        hooks: { beforeValidate: [keyFromLabel] },
        validate: (value: unknown) => {
          const slug = validateSlug(value)
          if (slug !== true) return slug.replace('Enter a slug', 'Enter a key')
          return (typeof value === 'string' && options.reservedKeys?.(value)) || true
        },
        admin: {
          position: 'sidebar',
          description:
            'What listings store, and what web addresses and the Open Referral feed use. Made from the English label if you leave it empty; it cannot change while listings use the term.',
        },
      },
    ],
  }
}
