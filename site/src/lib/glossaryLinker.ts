/**
 * Links the first use of each glossary term on a page to its definition. Works on the page's
 * rendered HTML: text inside links, headings, buttons, form labels and anything marked
 * data-no-glossary is left alone, so a term link is never nested in another link.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { visitParents } from 'unist-util-visit-parents'

export interface GlossaryEntry {
  /** The words to look for (the term and its aliases). */
  phrases: string[]
  href: string
  /** The term and its meaning in the page's language, for reading it in place (information pages). */
  meaning?: { term: string; definition: string; lang?: string }
}

const SKIP_TAGS = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'label',
  'legend',
  'script',
  'style',
  'title',
  'abbr',
  'dfn',
  'code',
  'select',
  'option',
  'textarea',
  'nav',
  'summary',
])

function isSkipped(ancestors: Array<Root | Element | ElementContent>): boolean {
  return ancestors.some(
    (node) =>
      node.type === 'element' &&
      (SKIP_TAGS.has(node.tagName) || node.properties?.dataNoGlossary !== undefined),
  )
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Matcher {
  entry: GlossaryEntry
  pattern: RegExp
}

const wordPattern = (phrases: string[]) =>
  // Unicode-aware word boundaries, so Polish and Arabic words match whole words too.
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu')

interface Matchers {
  each: Matcher[]
  /** Matches where any term does: most text has none, and one test skips the per-term search. */
  any: RegExp
}

function compileMatchers(entries: GlossaryEntry[]): Matchers {
  const each: Matcher[] = []
  const all = new Set<string>()
  for (const entry of entries) {
    const phrases = [...new Set(entry.phrases.map((p) => p.trim()).filter((p) => p.length > 1))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
    if (phrases.length === 0) continue
    each.push({ entry, pattern: wordPattern(phrases) })
    for (const phrase of phrases) all.add(phrase)
  }
  // With no phrases, a pattern that never matches.
  return { each, any: all.size > 0 ? wordPattern([...all]) : /(?!)/ }
}

/**
 * Every page of a language links the same glossary: the compiled patterns are kept for the
 * glossaries last seen (by content, so a changed glossary is compiled afresh).
 */
const compiled = new Map<string, Matchers>()
const COMPILED_KEPT = 8
/** The same list again (a build passes one list per language to every page) is not re-read. */
const compiledFor = new WeakMap<GlossaryEntry[], Matchers>()

function matchersFor(entries: GlossaryEntry[]): Matchers {
  const known = compiledFor.get(entries)
  if (known) return known
  const key = JSON.stringify(entries)
  let matchers = compiled.get(key)
  if (!matchers) {
    matchers = compileMatchers(entries)
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!)
    compiled.set(key, matchers)
  }
  compiledFor.set(entries, matchers)
  return matchers
}

export interface LinkOptions {
  /** Visually hidden words after each term link, saying where it goes ("what this means"). */
  hint: string
  /**
   * Instead of repeating the hint after every link, point each link at one element holding it
   * (aria-describedby): the page carries the words once.
   */
  describedBy?: string
  /** The href of the page itself: a term is not linked on its own definition page. */
  currentPath?: string
}

/** Returns the HTML with the first use of each term linked to its definition. */
export function linkGlossaryTerms(
  html: string,
  entries: GlossaryEntry[],
  options: LinkOptions,
): string {
  const { each, any } = matchersFor(entries)
  const matchers = each.filter(
    (m) => !options.currentPath || !m.entry.href.startsWith(options.currentPath),
  )
  if (matchers.length === 0) return html
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html)
  const linked = new Set<GlossaryEntry>()

  const replacements: Array<{ parent: Element | Root; node: Text; parts: ElementContent[] }> = []
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (!any.test(node.value) || isSkipped(ancestors)) return
    const parts = splitText(node.value, matchers, linked, options)
    if (parts)
      replacements.push({ parent: ancestors[ancestors.length - 1] as Element | Root, node, parts })
  })
  for (const { parent, node, parts } of replacements) {
    const index = parent.children.indexOf(node)
    if (index >= 0) parent.children.splice(index, 1, ...parts)
  }
  return unified().use(rehypeStringify).stringify(tree)
}

function splitText(
  text: string,
  matchers: Matcher[],
  linked: Set<GlossaryEntry>,
  options: LinkOptions,
): ElementContent[] | undefined {
  const parts: ElementContent[] = []
  let rest = text
  let changed = false
  for (;;) {
    let best: { matcher: Matcher; index: number; length: number } | undefined
    // Terms already linked still take part, so a later "EHC plan" is not partly linked as "EHC".
    for (const matcher of matchers) {
      const found = matcher.pattern.exec(rest)
      // The earliest match wins; at the same place the longest ("EHC plan" over "EHC").
      if (
        found &&
        (!best ||
          found.index < best.index ||
          (found.index === best.index && found[0].length > best.length))
      ) {
        best = { matcher, index: found.index, length: found[0].length }
      }
    }
    if (!best) break
    if (linked.has(best.matcher.entry)) {
      const end = best.index + best.length
      parts.push({ type: 'text', value: rest.slice(0, end) })
      rest = rest.slice(end)
      continue
    }
    changed = true
    linked.add(best.matcher.entry)
    if (best.index > 0) parts.push({ type: 'text', value: rest.slice(0, best.index) })
    const words: Text = {
      type: 'text',
      value: rest.slice(best.index, best.index + best.length),
    }
    const link: Element = options.describedBy
      ? {
          type: 'element',
          tagName: 'a',
          properties: {
            href: best.matcher.entry.href,
            className: ['glossary-link'],
            ariaDescribedBy: [options.describedBy],
          },
          children: [words],
        }
      : {
          type: 'element',
          tagName: 'a',
          properties: {
            href: best.matcher.entry.href,
            className: ['govuk-link', 'glossary-link'],
          },
          children: [
            words,
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['govuk-visually-hidden'] },
              children: [{ type: 'text', value: ` (${options.hint})` }],
            },
          ],
        }
    parts.push(link)
    rest = rest.slice(best.index + best.length)
  }
  if (!changed) return undefined
  if (rest) parts.push({ type: 'text', value: rest })
  return parts
}
