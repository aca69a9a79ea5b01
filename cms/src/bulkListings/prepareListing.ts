import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  ValidationError,
  type FlattenedField,
  type JsonObject,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type TypedLocale,
  type ValidationFieldError,
} from 'payload'

import {
  TEXT_CHANGED_AT,
  textChangeDatesOfTranslations,
} from '../plugins/translationStatus/recordTextChange'
import {
  giveArrayRowsIds,
  translationsWithLocales,
  type DocumentInLocale,
} from './translationsWithLocales'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document as it reads in one locale (no fallback): the inverse of "with locales". */
export function documentInLocale(
  fields: readonly FlattenedField[],
  withLocales: DocumentInLocale,
  locale: string,
  parentIsLocalized = false,
): DocumentInLocale {
  const result: DocumentInLocale = {}
  for (const [key, value] of Object.entries(withLocales)) {
    const field = fields.find((f) => 'name' in f && f.name === key)
    if (!field) {
      result[key] = value
    } else if (field.localized && !parentIsLocalized) {
      if (isRecord(value) && value[locale] !== undefined) result[key] = value[locale]
    } else if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
      result[key] = documentInLocale(field.flattenedFields, value, locale)
    } else if (field.type === 'array' && Array.isArray(value)) {
      result[key] = value.map((row: unknown) =>
        isRecord(row) ? documentInLocale(field.flattenedFields, row, locale) : row,
      )
    } else {
      result[key] = value
    }
  }
  return result
}

export interface PrepareArgs {
  collection: SanitizedCollectionConfig
  /** The request: its locale must be the default locale; its context reaches the hooks. */
  req: PayloadRequest
  data: DocumentInLocale
  translations: ReadonlyMap<TypedLocale, DocumentInLocale>
  draft: boolean
  newRowId: () => string
}

/**
 * What Payload's create operation would store for a new document saved in the default locale and
 * then in each translation's locale, worked out in memory with Payload's own field pipeline and
 * the collection's own hooks (the same functions, in the same order, as `payload.create`):
 * field defaults and beforeValidate hooks, the collection's beforeValidate and beforeChange hooks,
 * then the field beforeChange pass (validation, then the locales merged). Each translation is then
 * validated as the save in its locale would validate it. Nothing is written.
 *
 * Returns the document in every locale, as `payload.db.create` takes it.
 */
export async function prepareListing({
  collection,
  req,
  data: given,
  translations,
  draft,
  newRowId,
}: PrepareArgs): Promise<JsonObject> {
  const fields = collection.flattenedFields
  const data: JsonObject = structuredClone(given)
  giveArrayRowsIds(fields, data, newRowId)
  if (draft) data._status = 'draft'
  const docWithLocales = translationsWithLocales(fields, data, translations)

  await beforeValidateTraverseFields({
    ...fromTheTop(collection, req),
    data,
    doc: {},
    docForHooks: {},
    operation: 'create',
    siblingData: data,
    siblingDoc: {},
  })
  // The collection's beforeValidate, then beforeChange hooks, each given the last one's data, as
  // Payload's create runs them. A new document has no original ({} unless duplicating).
  let prepared: JsonObject = data
  const hooks = [
    ...(collection.hooks.beforeValidate ?? []),
    ...(collection.hooks.beforeChange ?? []),
  ]
  for (const hook of hooks) {
    const args = { collection, context: req.context, data: prepared, operation: 'create' as const }
    prepared =
      ((await hook({ ...args, originalDoc: {}, req })) as JsonObject | undefined) ?? prepared
  }
  // What each translation's own save would add: the translation status plugin stamps the locale
  // being saved with the time its text changed. Each translation is new text saved now.
  const stamps = textChangeDatesOfTranslations(collection.slug, translations, new Date())
  if (stamps) docWithLocales[TEXT_CHANGED_AT] = stamps

  const withLocales = await fieldsBeforeChange({
    collection,
    req,
    data: prepared,
    doc: {},
    docWithLocales,
    operation: 'create',
  })
  // Each translation is validated as the save in its language validates it. Only the fields it
  // gives are checked: the others are the default locale's values, checked above.
  for (const [locale, translation] of translations) {
    const translated = documentInLocale(fields, withLocales, locale)
    await inLocale(req, locale, () =>
      fieldsBeforeChange({
        collection,
        req,
        data: translated,
        // No stored document to merge the data onto: it is the whole document already (and
        // Payload merges the two for every field it validates).
        doc: {},
        docWithLocales: withLocales,
        operation: 'update',
        onlyFields: new Set(Object.keys(translation)),
      }),
    )
  }
  return withLocales
}

/** What Payload's field passes take to start at a collection's top level, as a save does. */
const fromTheTop = (collection: SanitizedCollectionConfig, req: PayloadRequest) => ({
  collection,
  context: req.context,
  fields: collection.fields,
  global: null,
  overrideAccess: true,
  parentIndexPath: '',
  parentIsLocalized: false,
  parentPath: '',
  parentSchemaPath: '',
  req,
})

/**
 * Runs `work` with the request in another locale, as Payload gives a save in that locale, and puts
 * the locale back afterwards. (Not a view of the request: Payload's nested Local API calls write
 * `req.locale` onto the request they are given.)
 */
async function inLocale<T>(
  req: PayloadRequest,
  locale: TypedLocale,
  work: () => Promise<T>,
): Promise<T> {
  const own = req.locale
  req.locale = locale
  try {
    return await work()
  } finally {
    req.locale = own
  }
}

/** Payload's field beforeChange pass (its `beforeChange`), throwing Payload's validation error. */
async function fieldsBeforeChange({
  collection,
  req,
  data: incoming,
  doc,
  docWithLocales,
  operation,
  onlyFields,
}: {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  data: JsonObject
  doc: JsonObject
  docWithLocales: JsonObject
  operation: 'create' | 'update'
  /** Validate only these top-level fields (Payload's "fields to validate"). */
  onlyFields?: ReadonlySet<string>
}): Promise<JsonObject> {
  const data = structuredClone(incoming)
  const errors: ValidationFieldError[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
  await beforeChangeTraverseFields({
    ...fromTheTop(collection, req),
    data,
    doc,
    docWithLocales,
    errors,
    fieldLabelPath: '',
    mergeLocaleActions,
    operation,
    siblingData: data,
    siblingDoc: doc,
    siblingDocWithLocales: docWithLocales,
    submittedTopLevelFieldNames: onlyFields,
  })
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  for (const action of mergeLocaleActions) await action()
  return data
}
