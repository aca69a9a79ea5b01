/**
 * An information page's rich text as the site shows it: runs of ordinary text as sanitised HTML,
 * and the page blocks (issue 15 item 3) as data for their components: a passage marked as a
 * right or as good practice, and a step-by-step process. Each block gets an id on the page, so
 * the "Your rights" page can link to a passage and a step's branches to other steps.
 */
import { pageBlockSchema, type RightsPassage, type StepByStep } from '@local-offer/shared'

import { richTextToHtml } from './richText'

export type PagePart =
  | { kind: 'html'; html: string }
  | { kind: 'right'; id: string; passage: RightsPassage }
  /** `stepIds[n - 1]` is the id of step n. */
  | { kind: 'steps'; id: string; stepIds: string[]; block: StepByStep }

interface LexicalNode {
  type?: unknown
  fields?: unknown
}

/**
 * The parts of one locale's Lexical value, in order; [] when it has no content. A block the
 * shared schema refuses throws, naming the page and the block (the build holds the page back).
 */
export function pageContentParts(data: unknown, where: string): PagePart[] {
  const root = (data as { root?: { children?: unknown } } | null | undefined)?.root
  const children = Array.isArray(root?.children) ? (root.children as LexicalNode[]) : []
  const parts: PagePart[] = []
  let run: LexicalNode[] = []
  let rights = 0
  let processes = 0
  const flush = () => {
    const html = run.length > 0 ? richTextToHtml({ root: { ...root, children: run } }) : ''
    if (html) parts.push({ kind: 'html', html })
    run = []
  }
  for (const node of children) {
    if (node.type !== 'block') {
      run.push(node)
      continue
    }
    flush()
    const parsed = pageBlockSchema.safeParse(node.fields)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new Error(
        `${where}: a block in the content cannot be shown (${issue.path.join('.') || 'block'}: ${issue.message}). Fix it in the CMS.`,
      )
    }
    const block = parsed.data
    if (block.blockType === 'rightsPassage') {
      rights += 1
      parts.push({ kind: 'right', id: `right-${rights}`, passage: block })
    } else {
      processes += 1
      // The first process's steps are simply #step-1, #step-2…; a second one's are prefixed.
      const prefix = processes === 1 ? '' : `steps-${processes}-`
      parts.push({
        kind: 'steps',
        id: `steps-${processes}`,
        stepIds: block.steps.map((_, index) => `${prefix}step-${index + 1}`),
        block,
      })
    }
  }
  flush()
  return parts
}

/** The statutory duties marked in a page's parts, for the "Your rights" page. */
export function dutiesIn(
  parts: readonly PagePart[],
): Array<{ id: string; passage: RightsPassage }> {
  return parts.flatMap((part) =>
    part.kind === 'right' && part.passage.kind === 'duty'
      ? [{ id: part.id, passage: part.passage }]
      : [],
  )
}
