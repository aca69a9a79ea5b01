import { normalisePostcodeArea, OUTSIDE_AREA, validateSlug } from '@local-offer/shared'
import type { CollectionConfig, FieldHook, TextFieldManyValidation } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { slugField } from '../../fields/slug'
import { keepKeyWhileInUse, refuseDeleteWhileInUse } from './hooks/localityInUse'

/** "ab1 2" → "AB1 2", so a district or sector is stored one way and matched exactly. */
const normaliseAreas: FieldHook = ({ value }) =>
  Array.isArray(value)
    ? [...new Set(value.map((area) => normalisePostcodeArea(area) ?? String(area).trim()))]
    : value

/** Each value a district or sector, and none another locality already covers. */
const validatePostcodeAreas: TextFieldManyValidation = async (value, { req, id }) => {
  const areas = value ?? []
  const wrong = areas.filter((area) => normalisePostcodeArea(area) === null)
  if (wrong.length > 0) {
    return `Enter postcode districts like AB1 or sectors like AB1 2 (not ${wrong.join(', ')})`
  }
  if (areas.length === 0) return true
  const others = await req.payload.find({
    collection: 'localities',
    where: {
      and: [{ postcodeAreas: { in: areas } }, ...(id ? [{ id: { not_equals: id } }] : [])],
    },
    select: { postcodeAreas: true, slug: true },
    pagination: false,
    depth: 0,
    // No `locale`: with `req`, it would switch the save's own language.
    req,
  })
  const taken = others.docs.flatMap((other) =>
    (other.postcodeAreas ?? [])
      .filter((area) => areas.includes(area))
      .map((area) => `${area} (${other.slug})`),
  )
  return taken.length > 0
    ? `Another locality already covers ${taken.join(', ')}: a postcode area belongs to one locality`
    : true
}

const keyField = slugField('name')

/**
 * The council's localities (issue 12 item 2): the areas families filter listings by. Each covers
 * postcode districts or sectors; a venue's locality is derived from its postcode when its listing
 * is saved (`places/venueLocalities`), and a venue no locality covers is "Outside the area".
 * Officers and administrators manage them; anyone may read them (the site's filters and the Open
 * Referral feed name them); a provider never picks one.
 */
export const Localities: CollectionConfig<'localities'> = {
  slug: 'localities',
  labels: { singular: 'Locality', plural: 'Localities' },
  admin: {
    hidden: hiddenFromNonStaff,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'postcodeAreas', 'updatedAt'],
    group: 'Local Offer',
    description:
      'The areas families filter listings by. A venue belongs to the locality that covers its postcode; a venue no locality covers shows as “Outside the area”.',
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'name',
  hooks: { beforeChange: [keepKeyWhileInUse], beforeDelete: [refuseDeleteWhileInUse] },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      maxLength: 80,
      validate: requiredInDefaultLocale('Enter the name families know the area by'),
    },
    {
      name: 'postcodeAreas',
      label: 'Postcode districts or sectors',
      type: 'text',
      hasMany: true,
      index: true,
      hooks: { beforeValidate: [normaliseAreas] },
      validate: validatePostcodeAreas,
      admin: {
        description:
          'The postcode districts (like AB1) or sectors (like AB1 2) this locality covers. A sector wins over a district, so a district can be shared between two localities.',
      },
    },
    {
      ...keyField,
      validate: (value: unknown) =>
        value === OUTSIDE_AREA
          ? `“${OUTSIDE_AREA}” is kept for venues outside every locality: choose another key`
          : validateSlug(value),
      admin: {
        position: 'sidebar',
        description:
          'The key web addresses and the Open Referral feed use. Made from the name if you leave it empty; it cannot change while listings use the locality.',
      },
    } as typeof keyField,
  ],
}
