/**
 * CMS rich text (Lexical JSON) to HTML that is safe to put on a page. Payload's own converter
 * makes the HTML; sanitize-html then keeps only the elements and attributes a content page
 * needs, so nothing a provider types can run script or restyle the site.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']

const SANITISE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'blockquote',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sub',
    'sup',
    'code',
  ],
  allowedAttributes: { a: ['href', 'hreflang', 'rel', 'class'], th: ['scope'], ol: ['start'] },
  allowedClasses: { a: ['govuk-link'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    // The page already has its h1: rich text headings start at h2.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        href: attribs.href ?? '',
        class: 'govuk-link',
        ...(/^https?:\/\//i.test(attribs.href ?? '') ? { rel: 'noopener' } : {}),
      },
    }),
  },
  // Lexical writes an empty paragraph for a blank line; it means nothing to a reader.
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.trim(),
}

/** Removes anything not on the allow-list from an HTML fragment. */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, SANITISE_OPTIONS)
}

/** Lexical JSON to sanitised HTML, with GOV.UK typography classes on the block elements. */
export function richTextToHtml(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  const html = convertLexicalToHTML({ data: data as LexicalData, disableContainer: true })
  return addTypographyClasses(sanitiseHtml(html))
}

const CLASSES: Record<string, string> = {
  p: 'govuk-body',
  h2: 'govuk-heading-m',
  h3: 'govuk-heading-s',
  h4: 'govuk-heading-s',
  ul: 'govuk-list govuk-list--bullet',
  ol: 'govuk-list govuk-list--number',
}

function addTypographyClasses(html: string): string {
  return html.replace(
    /<(p|h2|h3|h4|ul|ol)>/g,
    (_, tag: string) => `<${tag} class="${CLASSES[tag]}">`,
  )
}
