/**
 * The plain-English check for one submission in the moderation queue (server-rendered): the
 * reading age in the summary line, the rest on opening. Guidance for the moderator, not a reason
 * the approve button is disabled.
 */
import { LONG_SENTENCE_WORDS } from '@local-offer/shared/plainEnglish'

import { checkListing } from './listingPlainEnglish'
import { PlainEnglishRows } from './PlainEnglishRows'
import { plainEnglishStrings as s } from './strings'

export function PlainEnglishSummary({
  listing,
  glossary,
}: {
  listing: { summary?: unknown; description?: unknown }
  glossary: readonly string[]
}) {
  const { report, rows } = checkListing(listing, glossary)
  const headline =
    report.readingAge === undefined
      ? s.heading
      : s.headline(report.readingAge, report.longSentences.length, LONG_SENTENCE_WORDS)
  return (
    <details className="moderation-queue__plain-english">
      <summary>{headline}</summary>
      <p>{s.intro}</p>
      <PlainEnglishRows rows={rows} words={s.words(report.words, report.sentences)} />
    </details>
  )
}
