import { categories, type CategoryValue } from './taxonomy.js'
import { defaultLocale, isLocaleCode, type LocaleCode, type LocalisedText } from './locales.js'

/**
 * Comments on the Local Offer and the LA's yearly response to them
 * (Children and Families Act 2014 s.30(6), SEND Regulations 2014 reg 56).
 * One source for the CMS (fields, the submission endpoint) and the site (the form and its pages).
 */

/** Shorter than this is not a comment anyone can act on; longer is more than the form asks for. */
export const COMMENT_MIN_LENGTH = 10
export const COMMENT_MAX_LENGTH = 3000

export const respondentTypes = [
  {
    value: 'child-young-person',
    label: { en: 'A child or young person', pl: 'Dziecko lub młoda osoba', ar: 'طفل أو شاب' },
  },
  {
    value: 'parent-carer',
    label: { en: 'A parent or carer', pl: 'Rodzic lub opiekun', ar: 'أحد الوالدين أو مقدم رعاية' },
  },
  {
    value: 'professional',
    label: {
      en: 'A professional who works with children and young people',
      pl: 'Specjalista pracujący z dziećmi i młodzieżą',
      ar: 'مختص يعمل مع الأطفال والشباب',
    },
  },
  {
    value: 'prefer-not-to-say',
    label: { en: 'I prefer not to say', pl: 'Wolę nie mówić', ar: 'أفضل عدم القول' },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type RespondentType = (typeof respondentTypes)[number]['value']

/** What a comment is about: a part of the Local Offer (a category), the website, or in general. */
export const feedbackTopics = [
  {
    value: 'general',
    label: {
      en: 'The Local Offer in general',
      pl: 'Local Offer ogólnie',
      ar: 'العرض المحلي بشكل عام',
    },
  },
  {
    value: 'website',
    label: {
      en: 'This website: finding and reading information',
      pl: 'Ta strona: wyszukiwanie i czytanie informacji',
      ar: 'هذا الموقع: العثور على المعلومات وقراءتها',
    },
  },
  ...categories.map((category) => ({ value: category.value, label: category.label })),
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type FeedbackTopic = 'general' | 'website' | CategoryValue

export const themeStatuses = [
  { value: 'planned', label: { en: 'Planned', pl: 'Zaplanowane', ar: 'مخطط' } },
  { value: 'in-progress', label: { en: 'In progress', pl: 'W trakcie', ar: 'قيد التنفيذ' } },
  { value: 'done', label: { en: 'Done', pl: 'Zrobione', ar: 'تم' } },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type ThemeStatus = (typeof themeStatuses)[number]['value']

const valuesOf = <T extends { value: string }>(list: readonly T[]) => list.map((item) => item.value)

export function isRespondentType(value: unknown): value is RespondentType {
  return typeof value === 'string' && (valuesOf(respondentTypes) as string[]).includes(value)
}

export function isFeedbackTopic(value: unknown): value is FeedbackTopic {
  return typeof value === 'string' && (valuesOf(feedbackTopics) as string[]).includes(value)
}

// ---------------------------------------------------------------- reporting years

/** Reporting years follow the school year: 1 September to 31 August, named like "2025-26". */
export const REPORTING_YEAR_START_MONTH = 9

/** The reporting year a date falls in, like "2025-26" for 3 March 2026 (UK time). */
export function reportingYearOf(date: Date | string): string {
  const when = new Date(date)
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(when)
  const year = Number(parts.find((p) => p.type === 'year')?.value)
  const month = Number(parts.find((p) => p.type === 'month')?.value)
  const first = month >= REPORTING_YEAR_START_MONTH ? year : year - 1
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`
}

/** Is this a reporting year name like "2025-26", whose two years follow each other? */
export function isReportingYear(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  if (!match) return false
  return (Number(match[1]) + 1) % 100 === Number(match[2])
}

/** The first and last moments of a reporting year, for queries. */
export function reportingYearRange(year: string): { start: Date; end: Date } {
  if (!isReportingYear(year)) {
    throw new Error(`"${year}" is not a reporting year: use the form 2025-26`)
  }
  const first = Number(year.slice(0, 4))
  const month = String(REPORTING_YEAR_START_MONTH).padStart(2, '0')
  // Midnight UK time on 1 September is 23:00 UTC the day before (British Summer Time).
  return {
    start: new Date(`${first}-${month}-01T00:00:00+01:00`),
    end: new Date(`${first + 1}-${month}-01T00:00:00+01:00`),
  }
}

// ---------------------------------------------------------------- the public form

/** Why a submission was refused; the site's error page explains each one. */
export type SubmissionErrorCode =
  | 'comment-missing'
  | 'comment-too-short'
  | 'comment-too-long'
  | 'respondent-invalid'
  | 'topic-invalid'
  | 'locale-invalid'
  | 'rate-limited'
  | 'unsupported-content'
  | 'too-large'
  | 'server-error'

export const submissionErrorMessages: Readonly<Record<SubmissionErrorCode, string>> = {
  'comment-missing': 'Enter your comment',
  'comment-too-short': `Your comment must be at least ${COMMENT_MIN_LENGTH} characters long`,
  'comment-too-long': `Your comment must be ${COMMENT_MAX_LENGTH} characters or fewer: shorten it, or send the rest as a second comment`,
  'respondent-invalid':
    'Choose who you are: a child or young person, a parent or carer, a professional, or prefer not to say',
  'topic-invalid': 'Choose which part of the Local Offer your comment is about',
  'locale-invalid': 'Choose one of the languages the Local Offer is published in',
  'rate-limited':
    'You have sent several comments in a short time. Wait a few minutes and try again',
  'unsupported-content': 'Send the form as a web form or as JSON',
  'too-large': 'The form sent was too large. Shorten your comment and try again',
  'server-error':
    'Something went wrong on our side and your comment was not saved. Please try again later',
}

export interface SubmissionFieldError {
  readonly field: 'comment' | 'respondent' | 'topic' | 'locale'
  readonly code: SubmissionErrorCode
  readonly message: string
}

export interface CommentSubmission {
  readonly comment: string
  readonly respondent: RespondentType
  readonly topic: FeedbackTopic
  readonly locale: LocaleCode
}

export type SubmissionValidation =
  | { readonly ok: true; readonly value: CommentSubmission }
  | { readonly ok: false; readonly errors: readonly SubmissionFieldError[] }

const fieldError = (field: SubmissionFieldError['field'], code: SubmissionErrorCode) => ({
  field,
  code,
  message: submissionErrorMessages[code],
})

const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')

/**
 * Checks a comment as the form sends it. Respondent type, topic and locale may be left out
 * (prefer not to say, general, English); a value that is sent must be one of the choices.
 * Lengths count characters (code points) after trimming.
 */
export function validateCommentSubmission(
  input: Readonly<Record<string, unknown>>,
): SubmissionValidation {
  const errors: SubmissionFieldError[] = []
  const rawComment = input.comment
  const comment = typeof rawComment === 'string' ? rawComment.trim() : ''
  const length = [...comment].length
  if (!present(rawComment) || typeof rawComment !== 'string')
    errors.push(fieldError('comment', 'comment-missing'))
  else if (length < COMMENT_MIN_LENGTH) errors.push(fieldError('comment', 'comment-too-short'))
  else if (length > COMMENT_MAX_LENGTH) errors.push(fieldError('comment', 'comment-too-long'))

  const respondent = present(input.respondent) ? input.respondent : 'prefer-not-to-say'
  if (!isRespondentType(respondent)) errors.push(fieldError('respondent', 'respondent-invalid'))
  const topic = present(input.topic) ? input.topic : 'general'
  if (!isFeedbackTopic(topic)) errors.push(fieldError('topic', 'topic-invalid'))
  const locale = present(input.locale) ? input.locale : defaultLocale
  if (!isLocaleCode(locale)) errors.push(fieldError('locale', 'locale-invalid'))

  if (
    errors.length > 0 ||
    !isRespondentType(respondent) ||
    !isFeedbackTopic(topic) ||
    !isLocaleCode(locale)
  ) {
    return { ok: false, errors }
  }
  return { ok: true, value: { comment, respondent, topic, locale } }
}
