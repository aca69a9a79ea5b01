/**
 * Links the first use of each glossary term on a page to its definition. Works on the page's
 * rendered HTML: text inside links, headings, buttons, form labels and anything marked
 * data-no-glossary is left alone, so a term link is never nested in another link.
 *
 * The HTML is read with htmlparser2's tokenizer, not parsed into a tree and written out again:
 * only a text that gains a link is rewritten (its words escaped as text), everything else is
 * kept byte for byte. Every listing page goes through here, so at 10,000 listings the tree
 * round trip was a fifth of the site build (docs/benchmark.md).
 */
import escapeHtml from 'escape-html'
import { Parser } from 'htmlparser2'

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Unicode-aware word boundaries, so Polish and Arabic words match whole words too. */
const wordPattern = (alternatives: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags)

interface Matchers {
  /**
   * Every phrase of every term, longest first, each its own group: the earliest match wins and,
   * at the same place, the longest phrase ("EHC plan" over "EHC"); equal lengths in the order
   * the terms were given.
   */
  pattern: RegExp
  /** The term of each group of `pattern`. */
  entryOfGroup: GlossaryEntry[]
}

function compileMatchers(entries: GlossaryEntry[]): Matchers | null {
  const phrases: Array<{ phrase: string; entry: GlossaryEntry }> = []
  for (const entry of entries) {
    const own = new Set(entry.phrases.map((p) => p.trim()).filter((p) => p.length > 1))
    for (const phrase of own) phrases.push({ phrase, entry })
  }
  if (phrases.length === 0) return null
  // A stable sort: equal lengths keep the terms' order.
  phrases.sort((a, b) => b.phrase.length - a.phrase.length)
  return {
    pattern: wordPattern(phrases.map(({ phrase }) => `(${escapeRegExp(phrase)})`).join('|'), 'giu'),
    entryOfGroup: phrases.map(({ entry }) => entry),
  }
}

/**
 * Every page of a language links the same glossary: the compiled pattern is kept for the
 * glossaries last seen (by content, so a changed glossary is compiled afresh).
 */
const compiled = new Map<string, Matchers | null>()
const COMPILED_KEPT = 8
/** The same list again (a build passes one list per language to every page) is not re-read. */
const compiledFor = new WeakMap<GlossaryEntry[], Matchers | null>()

function matchersFor(entries: GlossaryEntry[]): Matchers | null {
  if (compiledFor.has(entries)) return compiledFor.get(entries) ?? null
  const key = JSON.stringify(entries)
  let matchers = compiled.get(key)
  if (matchers === undefined) {
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

/** A run of text between two tags, as it stands in the HTML (`start` to `end`, exclusive). */
interface TextRun {
  start: number
  end: number
  /** The words, character references decoded. */
  text: string
  skipped: boolean
}

/** Returns the HTML with the first use of each term linked to its definition. */
export function linkGlossaryTerms(
  html: string,
  entries: GlossaryEntry[],
  options: LinkOptions,
): string {
  const usable = options.currentPath
    ? entries.filter((entry) => !entry.href.startsWith(options.currentPath!))
    : entries
  const matchers = matchersFor(usable)
  if (!matchers) return html

  const linked = new Set<GlossaryEntry>()
  const rewritten: Array<{ start: number; end: number; html: string }> = []
  /** Whether text inside each open element is left alone. */
  const skipping: boolean[] = []
  let run: TextRun | null = null

  const endRun = () => {
    if (run && !run.skipped) {
      const replacement = linkTermsIn(run.text, matchers, linked, options)
      if (replacement !== null)
        rewritten.push({ start: run.start, end: run.end, html: replacement })
    }
    run = null
  }

  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      endRun()
      const outer = skipping[skipping.length - 1] ?? false
      skipping.push(outer || SKIP_TAGS.has(name) || 'data-no-glossary' in attributes)
    },
    onclosetag() {
      endRun()
      skipping.pop()
    },
    oncomment: endRun,
    onprocessinginstruction: endRun,
    ontext(text) {
      // A character reference comes as a text of its own: runs that touch are one text.
      const start = parser.startIndex
      const end = parser.endIndex + 1
      if (run && run.end === start) {
        run.text += text
        run.end = end
        return
      }
      endRun()
      run = { start, end, text, skipped: skipping[skipping.length - 1] ?? false }
    },
  })
  parser.end(html)
  endRun()

  if (rewritten.length === 0) return html
  let result = ''
  let at = 0
  for (const { start, end, html: replacement } of rewritten) {
    result += html.slice(at, start) + replacement
    at = end
  }
  return result + html.slice(at)
}

/** The link written for a term: its words, and where it goes for a screen reader. */
function termLink(entry: GlossaryEntry, words: string, options: LinkOptions): string {
  const href = escapeHtml(entry.href)
  return options.describedBy
    ? `<a href="${href}" class="glossary-link" aria-describedby="${escapeHtml(options.describedBy)}">${escapeHtml(words)}</a>`
    : `<a href="${href}" class="govuk-link glossary-link">${escapeHtml(words)}` +
        `<span class="govuk-visually-hidden"> (${escapeHtml(options.hint)})</span></a>`
}

/**
 * The text as HTML with the first use of each term not linked yet linked, or null when it
 * gains no link. A term already linked still takes part, so a later "EHC plan" is not partly
 * linked as "EHC".
 */
function linkTermsIn(
  text: string,
  { pattern, entryOfGroup }: Matchers,
  linked: Set<GlossaryEntry>,
  options: LinkOptions,
): string | null {
  let result = ''
  let at = 0
  pattern.lastIndex = 0
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const group = found.findIndex((value, index) => index > 0 && value !== undefined)
    const entry = entryOfGroup[group - 1]
    if (!entry || linked.has(entry)) continue
    linked.add(entry)
    result += escapeHtml(text.slice(at, found.index)) + termLink(entry, found[0], options)
    at = found.index + found[0].length
  }
  if (at === 0 && result === '') return null
  return result + escapeHtml(text.slice(at))
}
