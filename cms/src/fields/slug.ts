import { slugify, validateSlug } from '@local-offer/shared'
import type { Field, FieldHook } from 'payload'

/** Fills an empty slug from another field (in the default locale) before validation. */
function slugFrom(sourceField: string): FieldHook {
  return ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }
}

/** A unique, URL-safe identifier made from `sourceField` when left empty. */
export function slugField(sourceField: string): Field {
  return {
    name: 'slug',
    type: 'text',
    // Not `required`: the hook fills it, and validateSlug refuses a blank one.
    unique: true,
    index: true,
    validate: (value: unknown) => validateSlug(value),
    hooks: { beforeValidate: [slugFrom(sourceField)] },
    admin: {
      position: 'sidebar',
      description: `Used in the web address. Made from the ${sourceField} if you leave it empty.`,
    },
  }
}
