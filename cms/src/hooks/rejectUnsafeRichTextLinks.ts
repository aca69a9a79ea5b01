import { validateLinkUrl } from '@local-offer/shared'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Every link URL inside a Lexical rich text value (link and autolink nodes, at any depth: inside
 * lists, quotes, table cells, another link, or a value written for several locales at once). A custom link's `url` is always checked (an empty one
 * is refused too); an internal link points at a document (`doc`) but Lexical keeps a `url` on it as
 * well, which a renderer or an API client may follow, so a `url` it carries is checked the same way:
 * `javascript:` is no safer on an internal link than on an external one.
 */
export function linkUrlsIn(node: unknown): string[] {
  if (!node || typeof node !== 'object') return []
  const urls: string[] = []
  const record = node as Record<string, unknown>
  const fields = record.fields as Record<string, unknown> | undefined
  const isLink = record.type === 'link' || record.type === 'autolink'
  if (isLink) {
    const url = fields?.url
    if (fields?.linkType !== 'internal') urls.push(typeof url === 'string' ? url : '')
    else if (url !== undefined && url !== null && url !== '') urls.push(String(url))
  }
  // Every nested value, not only `root` and `children`: a value saved for all locales at once
  // ({ en: { root }, pl: { root } }) and blocks inside the editor hold links elsewhere too.
  for (const [key, value] of Object.entries(record)) {
    // (A link's own fields are read above; its `doc` may be another, populated document.)
    if (isLink && key === 'fields') continue
    if (value && typeof value === 'object') urls.push(...linkUrlsIn(value))
  }
  return urls
}

/**
 * Provider-entered rich text may only link with http(s), mailto and tel (or to a path on the site):
 * a `javascript:` or `data:` link, external or internal, is refused with a message on the field, so it can never reach a page.
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
