import { randomBytes } from 'node:crypto'

import { pageBlockTypes } from '@local-offer/shared'

import type { RichTextBlock } from './types.js'

/** Lexical's serialized node shapes, as much of them as the seed writes. */
interface TextNode {
  [key: string]: unknown
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

interface ElementNode {
  type: string
  children: Array<TextNode | ElementNode>
  direction: 'ltr' | 'rtl'
  format: ''
  indent: 0
  /** 1 for most nodes; the link node is at version 3. */
  version: number
  [key: string]: unknown
}

/** A Payload block in the editor (BlocksFeature): its fields are the block's own. */
interface BlockNode {
  [key: string]: unknown
  type: 'block'
  fields: Record<string, unknown> & { id: string; blockName: string; blockType: string }
  format: ''
  version: 2
}

export interface LexicalDocument {
  [key: string]: unknown
  root: {
    type: 'root'
    children: Array<ElementNode | BlockNode>
    direction: 'ltr' | 'rtl'
    format: ''
    indent: 0
    version: 1
  }
}

/** An id like the ones Payload gives blocks and array rows (24 hex digits). */
const blockId = () => randomBytes(12).toString('hex')

/** `blockName` is what the editor shows on the block's bar (else "Untitled"). */
const pageBlock = (
  blockType: string,
  blockName: string,
  fields: Record<string, unknown>,
): BlockNode => ({
  type: 'block',
  fields: { id: blockId(), blockName, blockType, ...fields },
  format: '',
  version: 2,
})

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** A link as the editor's link feature stores it: an address typed by the editor. */
const link = (label: string, url: string, dir: 'ltr' | 'rtl') => ({
  type: 'link',
  children: [text(label)],
  direction: dir,
  format: '' as const,
  indent: 0 as const,
  version: 3,
  id: blockId(),
  fields: { linkType: 'custom', url, newTab: false },
})

/**
 * A paragraph's text as Lexical children: `[words](https://…)` becomes a link, so pages can say
 * "use [the online request form](…)" and mean a link rather than words (issue 11 item 9).
 */
export function inlineChildren(
  value: string,
  dir: 'ltr' | 'rtl' = 'ltr',
): Array<TextNode | ElementNode> {
  const children: Array<TextNode | ElementNode> = []
  let rest = value
  for (const match of value.matchAll(/\[([^\]]+)\]\((https:\/\/[^\s)]+)\)/g)) {
    const [whole, label, url] = match
    const at = rest.indexOf(whole)
    if (at > 0) children.push(text(rest.slice(0, at)))
    children.push(link(label!, url!, dir))
    rest = rest.slice(at + whole.length)
  }
  if (rest) children.push(text(rest))
  return children
}

/**
 * Turns the seed's simple blocks into a Lexical document, the format Payload's rich text
 * fields store. `dir` sets the text direction recorded on each block (rtl for Arabic).
 */
export function toLexical(blocks: RichTextBlock[], dir: 'ltr' | 'rtl' = 'ltr'): LexicalDocument {
  const element = (
    type: string,
    children: ElementNode['children'],
    extra: Record<string, unknown> = {},
  ): ElementNode => ({
    type,
    children,
    direction: dir,
    format: '',
    indent: 0,
    version: 1,
    ...extra,
  })
  const children = blocks.map((block): ElementNode | BlockNode => {
    switch (block.kind) {
      case 'heading':
        return element('heading', [text(block.text)], { tag: 'h2' })
      case 'paragraph':
        return element('paragraph', inlineChildren(block.text, dir), {
          textFormat: 0,
          textStyle: '',
        })
      case 'list':
        return element(
          'list',
          block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
          { listType: 'bullet', start: 1, tag: 'ul' },
        )
      case 'right':
        return pageBlock(pageBlockTypes.rightsPassage, block.source ?? block.text.slice(0, 60), {
          kind: block.type,
          text: block.text,
          source: block.source ?? null,
          sourceUrl: block.sourceUrl ?? null,
        })
      case 'steps':
        return pageBlock(pageBlockTypes.stepByStep, block.heading, {
          heading: block.heading,
          steps: block.steps.map((step) => ({
            id: blockId(),
            title: step.title,
            text: step.text ?? null,
            branches: (step.branches ?? []).map((branch) => ({ id: blockId(), ...branch })),
          })),
        })
    }
  })
  return { root: { ...element('root', []), type: 'root', version: 1, children } }
}
