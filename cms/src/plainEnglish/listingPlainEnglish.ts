/**
 * What the plain-English check reads on a listing, and the rows it shows. Pure, so that the
 * editor's field (in the browser) and the moderation queue (on the server) say the same thing.
 */
import {
  checkPlainEnglish,
  LONG_SENTENCE_WORDS,
  TARGET_READING_AGE,
  textToCheck,
  type PlainEnglishReport,
} from '@local-offer/shared/plainEnglish'

import { richTextToPlain } from '../moderation/listingDiff'
import { plainEnglishStrings as s } from './strings'

/** A glossary entry as the REST API and the local API return it (English locale). */
export interface GlossaryEntry {
  term?: string | null
  aliases?: Array<{ alias?: string | null }> | null
}

/** Every term and alias in the glossary, for matching. */
export function glossaryWords(entries: readonly GlossaryEntry[]): string[] {
  return entries
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? []).map((a) => a.alias)])
    .filter((word): word is string => typeof word === 'string' && word.trim().length > 0)
}

/** The listing's English summary and description as one text, each sentence ending properly. */
export function listingText(listing: { summary?: unknown; description?: unknown }): string {
  const summary = typeof listing.summary === 'string' ? listing.summary.trim() : ''
  return textToCheck([summary, richTextToPlain(listing.description)])
}

export interface PlainEnglishRow {
  label: string
  value: string
  /** Guidance under the value, when there is something to do. */
  advice?: string
  items?: string[]
}

export function plainEnglishRows(report: PlainEnglishReport): PlainEnglishRow[] {
  if (report.words === 0 || report.readingAge === undefined || report.grade === undefined) return []
  const above = report.readingAge > TARGET_READING_AGE
  return [
    {
      label: s.readingAge,
      value: `${s.readingAgeValue(report.readingAge, report.grade)}. ${above ? s.aboveTarget : s.onTarget}`,
      advice: above ? s.readingAgeAdvice(TARGET_READING_AGE) : undefined,
    },
    {
      label: s.longSentences(LONG_SENTENCE_WORDS),
      value: report.longSentences.length ? String(report.longSentences.length) : s.noLongSentences,
      items: report.longSentences.map((sentence) => `${sentence.words} words: “${sentence.text}”`),
    },
    {
      label: s.unexplained,
      value: report.unexplainedAbbreviations.length
        ? report.unexplainedAbbreviations.join(', ')
        : s.none,
      advice: report.unexplainedAbbreviations.length ? s.unexplainedAdvice : undefined,
    },
    {
      label: s.plainer,
      value: report.plainerAlternatives.length
        ? report.plainerAlternatives.map((p) => `“${p.found}” → “${p.instead}”`).join(', ')
        : s.none,
    },
    {
      label: s.glossaryTerms,
      value: report.glossaryTerms.length ? report.glossaryTerms.join(', ') : s.none,
    },
  ]
}

export function checkListing(
  listing: { summary?: unknown; description?: unknown },
  glossary: readonly string[],
): { report: PlainEnglishReport; rows: PlainEnglishRow[] } {
  const report = checkPlainEnglish(listingText(listing), glossary)
  return { report, rows: plainEnglishRows(report) }
}
