import { addMonths } from 'date-fns/addMonths'
import { TZDate } from '@date-fns/tz'

/**
 * When what a commenter wrote (which may hold personal data) is deleted, leaving the anonymised
 * text (UK GDPR art. 5(1)(e), storage limitation). The comment is kept as sent while the council
 * works on the year's report (reg 56 asks it to publish comments and its response); after that
 * only the anonymised text is needed.
 */
export interface RetentionSettings {
  /** Months after the year's report is first published (default 12). */
  monthsAfterReport: number
  /** Months after the reporting year ends, for a year whose report was never published (default 24). */
  monthsWithoutReport: number
}

export const DEFAULT_RETENTION: RetentionSettings = {
  monthsAfterReport: 12,
  monthsWithoutReport: 24,
}

/** The end of a reporting year like 2025-26: midnight at the start of 1 September 2026, UK time. */
export function endOfReportingYear(year: string): Date {
  const first = Number(year.slice(0, 4))
  return new TZDate(first + 1, 8, 1, 0, 0, 0, 'Europe/London')
}

/**
 * When what was written in a comment of `reportingYear` is due to be deleted: a set number of
 * months after that year's report was first published or, if it never was, a (longer) set number
 * of months after the reporting year ended, so a year whose report is late still loses its
 * originals in the end.
 */
export function originalTextDeleteDue(
  reportingYear: string,
  reportFirstPublishedAt: Date | null,
  settings: RetentionSettings,
): Date {
  if (reportFirstPublishedAt) return addMonths(reportFirstPublishedAt, settings.monthsAfterReport)
  return addMonths(endOfReportingYear(reportingYear), settings.monthsWithoutReport)
}
