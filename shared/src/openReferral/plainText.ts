/**
 * CMS rich text (Lexical JSON) to plain text and back, for Open Referral's free-text fields.
 * Blocks are separated by a blank line, line breaks inside a block by a newline and list items
 * start with "- " (or "1. "). plainTextToLexical(lexicalToPlainText(x)) gives a document whose
 * plain text is the same again, which is what lets an exported feed survive an import unchanged.
 */

interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
  listType?: unknown
  [key: string]: unknown
}

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as LexicalNode[]) : []

function inlineText(node: LexicalNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return childrenOf(node).map(inlineText).join('')
}

function blockText(node: LexicalNode): string {
  if (node.type === 'list') {
    const ordered = node.listType === 'number'
    return childrenOf(node)
      .map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${inlineText(item).trim()}`)
      .join('\n')
  }
  if (node.type === 'horizontalrule') return ''
  return inlineText(node).trim()
}

/** The plain text of a Lexical document; empty for no document. */
export function lexicalToPlainText(document: unknown): string {
  if (!document || typeof document !== 'object') return ''
  const root = (document as { root?: LexicalNode }).root
  if (!root) return ''
  return childrenOf(root)
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n\n')
}

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const lineBreak = () => ({ type: 'linebreak', version: 1 })

/** A Lexical document of paragraphs: one per blank-line-separated block of the text. */
export function plainTextToLexical(text: string) {
  const paragraphs = splitBlocks(text).map((block) => ({
    type: 'paragraph',
    children: block
      .split('\n')
      .flatMap((line, index) => (index === 0 ? [textNode(line)] : [lineBreak(), textNode(line)])),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  }))
  return {
    root: {
      type: 'root',
      children: paragraphs,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}

/** Blocks of text separated by blank lines, each trimmed, empty ones dropped. */
export function splitBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim(),
    )
    .filter((block) => block !== '')
}

/** Text as the feed carries it: blocks trimmed and separated by exactly one blank line. */
export function normaliseText(text: string | null | undefined): string {
  return text ? splitBlocks(text).join('\n\n') : ''
}
