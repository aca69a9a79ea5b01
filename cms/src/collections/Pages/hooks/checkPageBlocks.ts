import { pageBlockSchema, pageBlockTypes } from '@local-offer/shared'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const ourBlocks: readonly string[] = Object.values(pageBlockTypes)

/**
 * The fields of every page block inside a rich text value, at any depth (a value saved for all
 * locales at once is `{ en: { root }, pl: { root } }`).
 */
export function pageBlocksIn(node: unknown): Array<Record<string, unknown>> {
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const fields = record.fields as Record<string, unknown> | undefined
  const found =
    record.type === 'block' && ourBlocks.includes(String(fields?.blockType)) && fields
      ? [fields]
      : []
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'fields' && value && typeof value === 'object') found.push(...pageBlocksIn(value))
  }
  return found
}

/**
 * The rules that span a whole block, which its fields cannot check alone: a duty names its
 * source, each branch of a process leads to another of its steps. The site reads blocks with the
 * same schema, so a page the CMS accepts is a page the site can show.
 */
export function checkPageBlocks(fieldNames: string[]): CollectionBeforeValidateHook {
  return ({ collection, data }) => {
    if (!data) return data
    for (const field of fieldNames) {
      for (const block of pageBlocksIn(data[field])) {
        const result = pageBlockSchema.safeParse(block)
        if (result.success) continue
        const what = block.blockType === pageBlockTypes.stepByStep ? 'step by step' : 'right'
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ path: field, message: `A ${what} block: ${result.error.issues[0]!.message}` }],
        })
      }
    }
    return data
  }
}
