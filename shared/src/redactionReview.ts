/**
 * What an officer should look at before ticking that a quote identifies nobody: the markers the
 * anonymiser put in (what it removed) and the words it left but is unsure of. Pure and free of
 * the NLP library, so the admin can highlight text in the browser as the officer edits it.
 *
 * "Unsure" is deliberately wide: a highlighted word costs the officer a glance, a missed name can
 * identify a child (SEND Regulations 2014 reg 56 requires that published comments do not).
 */
export type ReviewSegmentKind = 'plain' | 'removed' | 'unsure'

export interface ReviewSegment {
  readonly kind: ReviewSegmentKind
  readonly text: string
  /** Why a word is unsure, for the officer (English; the admin is in English). */
  readonly reason?: string
}

export interface UncertainSpan {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly reason: string
}

/**
 * The anonymiser's markers ([name], [school], [date of birth]…): any short lower-case words in
 * square brackets, so markers added to the anonymiser later are highlighted too. (Not imported
 * from ./redaction, which brings the NLP library into the admin's browser bundle.)
 */
const markerPattern = /\[[\p{Ll}][\p{Ll} ]{1,30}\]/gu

/** Capitalised words that are ordinary in comments about SEND services (not names). */
const ORDINARY_CAPITALISED = new Set(
  [
    'I',
    'I’m',
    "I'm",
    'I’ve',
    "I've",
    'I’d',
    "I'd",
    'Local',
    'Offer',
    'Council',
    'English',
    'Polish',
    'Arabic',
    'God',
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
    'Christmas',
    'Easter',
  ].map((w) => w.toLowerCase()),
)

/** Words after which a following word is probably a name, whatever its case (en, pl, ar). */
const NAME_CUES =
  /(?:\b(?:son|daughter|child|boy|girl|brother|sister|called|named|name is)|(?:^|[\s,.;:!?])(?:syn|synek|syna|córka|córki|córkę|nazywa się|ma na imię)|(?:^|\s)(?:ابني|ابنتي|اسمي|اسمه|اسمها|طفلي|طفلتي))\s+(?!\[)(?!(?:is|was|has|had|who|and|at|in|is|with|the|a|ma|jest|był|była|i|w|na|który|która|nazywa|هو|هي|في|اسمه|اسمها|اسمي)(?![\p{L}]))([\p{L}][\p{L}'’-]*)/giu

/** Six or more digits, possibly grouped: a reference, pupil or NHS number the anonymiser left. */
const LONG_NUMBER = /(?<![\p{L}\d])\d(?:[\s-]?\d){5,}(?![\p{L}\d])/gu

/** A word with a capital first letter (Latin, with diacritics), and the text before it. */
const CAPITALISED = /[\p{Lu}][\p{Ll}'’-]+(?:[\p{Lu}][\p{Ll}]+)?/gu

const SENTENCE_START = /(?:^|[.!?…:;"“(]\s*|\n\s*|\]\s*[.!?]\s*)$/u

/** Words the anonymiser left in the text that may still identify someone. */
export function findUncertainText(text: string): UncertainSpan[] {
  const spans: UncertainSpan[] = []
  const markerRanges = [...text.matchAll(markerPattern)].map((m) => [
    m.index,
    m.index + m[0].length,
  ])
  const insideMarker = (at: number) => markerRanges.some(([s, e]) => at >= s! && at < e!)

  for (const match of text.matchAll(LONG_NUMBER)) {
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      reason: 'a long number (an NHS, pupil or reference number?)',
    })
  }
  for (const match of text.matchAll(NAME_CUES)) {
    const word = match[1] ?? ''
    const start = match.index + match[0].length - word.length
    spans.push({
      start,
      end: start + word.length,
      text: word,
      reason: 'a word where a name often is',
    })
  }
  for (const match of text.matchAll(CAPITALISED)) {
    const word = match[0]
    if (insideMarker(match.index)) continue
    if (ORDINARY_CAPITALISED.has(word.toLowerCase())) continue
    if (SENTENCE_START.test(text.slice(0, match.index))) continue
    spans.push({
      start: match.index,
      end: match.index + word.length,
      text: word,
      reason: 'a capitalised word in mid-sentence (a name or a school?)',
    })
  }
  // In order, without overlaps: the first span found at a place wins.
  const ordered = spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: UncertainSpan[] = []
  for (const span of ordered) {
    const last = kept[kept.length - 1]
    if (last && span.start < last.end) continue
    kept.push(span)
  }
  return kept
}

/** The text cut into plain text, markers (what was removed) and unsure words, in order. */
export function reviewSegments(text: string): ReviewSegment[] {
  const marks: Array<{ start: number; end: number; kind: ReviewSegmentKind; reason?: string }> = [
    ...[...text.matchAll(markerPattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'removed' as const,
    })),
    ...findUncertainText(text).map((s) => ({ ...s, kind: 'unsure' as const })),
  ].sort((a, b) => a.start - b.start)
  const segments: ReviewSegment[] = []
  let position = 0
  for (const mark of marks) {
    if (mark.start < position) continue
    if (mark.start > position)
      segments.push({ kind: 'plain', text: text.slice(position, mark.start) })
    segments.push({
      kind: mark.kind,
      text: text.slice(mark.start, mark.end),
      ...(mark.reason && { reason: mark.reason }),
    })
    position = mark.end
  }
  if (position < text.length) segments.push({ kind: 'plain', text: text.slice(position) })
  return segments
}
