import { validateLinkUrl } from '@local-offer/shared'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** Every link URL inside a Lexical rich text value (link and autolink nodes). */
export function linkUrlsIn(node: unknown): string[] {
  if (!node || typeof node !== 'object') return []
  const urls: string[] = []
  const record = node as Record<string, unknown>
  const fields = record.fields as Record<string, unknown> | undefined
  if ((record.type === 'link' || record.type === 'autolink') && fields?.linkType !== 'internal') {
    urls.push(typeof fields?.url === 'string' ? fields.url : '')
  }
  const children = record.root
    ? [record.root]
    : Array.isArray(record.children)
      ? record.children
      : []
  for (const child of children) urls.push(...linkUrlsIn(child))
  return urls
}

/**
 * Provider-entered rich text may only link with http(s), mailto and tel (or to a path on the site):
 * a `javascript:` or `data:` link is refused with a message on the field, so it can never reach a page.
 * Text itself is stored as structured Lexical JSON and escaped when the site renders it.
 */
export function rejectUnsafeRichTextLinks(fieldNames: string[]): CollectionBeforeValidateHook {
  return ({ collection, data }) => {
    if (!data) return data
    for (const field of fieldNames) {
      const unsafe = linkUrlsIn(data[field]).find((url) => validateLinkUrl(url) !== true)
      if (unsafe !== undefined) {
        throw new ValidationError({
          collection: collection.slug,
          errors: [
            {
              path: field,
              message: `The link "${unsafe}" is not allowed. ${validateLinkUrl(unsafe)}`,
            },
          ],
        })
      }
    }
    return data
  }
}
