import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isTranslated, translatableFields, valueAt } from './translatableFields'

export const TEXT_CHANGED_AT = 'textChangedAt'

/**
 * When the text in each language was last changed: one date per locale (a localized field), so
 * the English date can be compared with each translation's (`translationMayBeOutOfDate`).
 * Written by the hook below only; what a client sends is ignored.
 */
export const textChangedAtField: Field = {
  name: TEXT_CHANGED_AT,
  label: 'Text last changed in this language',
  type: 'date',
  localized: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Set when a save changes this language’s text. A translation older than the English may be out of date (Translations).',
  },
}

const comparable = (value: unknown): string =>
  value === undefined || value === null || value === '' ? '' : JSON.stringify(value)

/**
 * Whether a save changes the text: any of `fields` it sends differs from what is stored (nothing
 * is stored for a new document). A field the save does not send is unchanged.
 */
const textChanged = (fields: readonly string[], sent: unknown, stored: unknown): boolean =>
  fields.some((path) => {
    const value = valueAt(sent, path)
    return value !== undefined && comparable(value) !== comparable(valueAt(stored, path))
  })

/**
 * Before a save: if any of `fields` in the language being saved differs from what is stored,
 * record now as that language's change date; otherwise keep the stored date. A save in one
 * language sends and compares only that language's values (Payload's `req.locale`), so editing
 * the Polish never makes the English look newer, and a save that changes only the review date or
 * moderation state changes no date. A field the save does not send is unchanged.
 */
export function recordTextChange(fields: readonly string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req }) => {
    const stored = operation === 'create' ? undefined : (originalDoc as unknown)
    const previous = (stored as Record<string, unknown> | undefined)?.[TEXT_CHANGED_AT]
    const changed = req.locale !== 'all' && textChanged(fields, data, stored)
    return { ...data, [TEXT_CHANGED_AT]: changed ? new Date().toISOString() : (previous ?? null) }
  }
}

/**
 * The change dates a new document's translations get when they are written together with it (a
 * bulk load): the time given, for each locale whose text has any of the collection's translatable
 * fields, as the save in that locale would record. Undefined if no locale has any, or the
 * collection has no text change dates.
 */
export function textChangeDatesOfTranslations(
  collection: string,
  translations: ReadonlyMap<string, unknown>,
  at: Date,
): Record<string, string> | undefined {
  if (!isTranslated(collection)) return undefined
  const stamped = [...translations].filter(([, text]) =>
    textChanged(translatableFields[collection], text, undefined),
  )
  if (stamped.length === 0) return undefined
  return Object.fromEntries(stamped.map(([locale]) => [locale, at.toISOString()]))
}
