/**
 * Plain English, checked while writing: a reading figure, long sentences, glossary terms and
 * words that look like unexplained jargon. Guidance for the writer and the moderator, never a
 * block: nothing here refuses a save.
 *
 * The grade is Flesch-Kincaid (1975, from the maintained `flesch-kincaid` package, syllables by
 * `syllable`); the reading age is that US grade + 5, the usual conversion in UK plain-English
 * guidance. Sentences and words are split with Intl.Segmenter, so abbreviations such as "e.g."
 * do not end a sentence. English only: the formula was made for English text.
 */
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

/** GOV.UK content design: sentences of 25 words or fewer. */
export const LONG_SENTENCE_WORDS = 25
/** GOV.UK writes for a reading age of 9; Local Offer text should aim no higher than 12. */
export const TARGET_READING_AGE = 12

/**
 * The text the check reads from a listing's parts (its summary, then each line of its
 * description): a heading or list item without a full stop is its own sentence, not the start of
 * the next. The CMS and the seed's own test read listings the same way through this.
 */
export function textToCheck(parts: readonly string[]): string {
  return parts
    .flatMap((part) => part.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(' ')
}

/**
 * Abbreviations a reader in England knows without being told. GOV.UK's style guide: explain an
 * abbreviation in full the first time "unless it's well known, like UK, DVLA, US, EU, VAT and MP";
 * the rest are as familiar to families (the NHS, a GP, a CV, GCSEs).
 */
export const wellKnownAbbreviations: ReadonlySet<string> = new Set([
  'UK',
  'US',
  'EU',
  'VAT',
  'MP',
  'DVLA',
  'NHS',
  'GP',
  'CV',
  'GCSE',
])

/** Words that have a plainer everyday word (GOV.UK style guide, "words to avoid"). */
export const plainerWords = {
  utilise: 'use',
  facilitate: 'help',
  commence: 'start',
  'prior to': 'before',
  'in order to': 'to',
  approximately: 'about',
  assist: 'help',
  ascertain: 'find out',
  'in receipt of': 'get',
  signpost: 'point to',
  endeavour: 'try',
  'in relation to': 'about',
} as const satisfies Record<string, string>

export interface PlainEnglishReport {
  words: number
  sentences: number
  /** Flesch-Kincaid grade (US school year); undefined when there is no text. */
  grade?: number
  /** The grade as a UK reading age in years. */
  readingAge?: number
  longSentences: Array<{ text: string; words: number }>
  /** Glossary terms the text uses: the site links them to their explanation. */
  glossaryTerms: string[]
  /** Abbreviations neither in the glossary nor spelled out in the text, e.g. "(EHCP)". */
  unexplainedAbbreviations: string[]
  /** Words with a plainer alternative, e.g. utilise → use. */
  plainerAlternatives: Array<{ found: string; instead: string }>
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

function wordsOf(text: string): string[] {
  return [...wordSegmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The phrase as a whole word or words, singular or plural ("EHC plan" is found in "EHC plans"). */
const containsPhrase = (text: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?:e?s)?($|[^\\p{L}\\p{N}])`, 'iu').test(
    text,
  )

/**
 * The plain-English report for `text`. `glossary` is the glossary's terms and abbreviations
 * (e.g. "Education, Health and Care plan", "EHC plan", "SENCO").
 */
export function checkPlainEnglish(
  text: string,
  glossary: readonly string[] = [],
): PlainEnglishReport {
  const sentences = [...sentenceSegmenter.segment(text)]
    .map((segment) => segment.segment.trim())
    .filter((sentence) => wordsOf(sentence).length > 0)
  const words = wordsOf(text)
  const report: PlainEnglishReport = {
    words: words.length,
    sentences: sentences.length,
    longSentences: [],
    glossaryTerms: [],
    unexplainedAbbreviations: [],
    plainerAlternatives: [],
  }
  if (words.length === 0) return report

  const syllables = words.reduce((total, word) => total + syllable(word), 0)
  const grade = fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: syllables,
  })
  report.grade = Math.round(grade * 10) / 10
  report.readingAge = Math.max(5, Math.round(grade + 5))

  for (const sentence of sentences) {
    const count = wordsOf(sentence).length
    if (count > LONG_SENTENCE_WORDS) report.longSentences.push({ text: sentence, words: count })
  }

  report.glossaryTerms = [...new Set(glossary.filter((term) => containsPhrase(text, term)))]
  // An abbreviation inside a glossary term the text uses ("EHC" in "EHC plan") is explained there.
  const inGlossary = new Set(
    [...glossary, ...report.glossaryTerms.flatMap((term) => wordsOf(term))].map((term) =>
      term.toLowerCase(),
    ),
  )
  const abbreviations = new Set(
    words.filter((word) => /^[A-Z][A-Z0-9]+s?$/.test(word) && word.replace(/s$/, '').length >= 2),
  )
  report.unexplainedAbbreviations = [...abbreviations].filter((abbreviation) => {
    const bare = abbreviation.replace(/(?<=[A-Z])s$/, '')
    const spelledOut = new RegExp(`\\(${escapeRegExp(bare)}s?\\)`).test(text)
    return (
      !spelledOut &&
      !wellKnownAbbreviations.has(bare) &&
      !inGlossary.has(bare.toLowerCase()) &&
      !inGlossary.has(abbreviation.toLowerCase())
    )
  })
  report.plainerAlternatives = Object.entries(plainerWords)
    .filter(([found]) => containsPhrase(text, found))
    .map(([found, instead]) => ({ found, instead }))
  return report
}
