import { defaultLocale, isLocaleCode, type LocaleCode, type LocalisedText } from './locales.js'

/**
 * "Report a problem with this page" on a listing (issue 12 item 6): what a family can report,
 * and the check of what the site's form sends. One source for the CMS (the collection, the
 * endpoint) and the site (the form and its answer pages).
 */

/** The longest optional detail a family can add: enough to say what is wrong, not a letter. */
export const PROBLEM_DETAILS_MAX_LENGTH = 1000

export const problemKinds = [
  {
    value: 'out-of-date',
    label: {
      en: 'The information is out of date',
      pl: 'Informacje są nieaktualne',
      ar: 'المعلومات قديمة',
    },
  },
  {
    value: 'service-closed',
    label: {
      en: 'The service has closed',
      pl: 'Usługa została zamknięta',
      ar: 'أُغلقت الخدمة',
    },
  },
  {
    value: 'wrong-contact-details',
    label: {
      en: 'The contact details are wrong',
      pl: 'Dane kontaktowe są błędne',
      ar: 'بيانات الاتصال خاطئة',
    },
  },
  {
    value: 'something-else',
    label: { en: 'Something else', pl: 'Coś innego', ar: 'شيء آخر' },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type ProblemKind = (typeof problemKinds)[number]['value']

export function isProblemKind(value: unknown): value is ProblemKind {
  return typeof value === 'string' && problemKinds.some((kind) => kind.value === value)
}

/** Why a report was refused; the site's error page explains each one. */
export type ProblemReportErrorCode =
  | 'listing-unknown'
  | 'problem-invalid'
  | 'details-too-long'
  | 'locale-invalid'
  | 'rate-limited'
  | 'unsupported-content'
  | 'too-large'
  | 'server-error'

export const problemReportErrorCodes = [
  'listing-unknown',
  'problem-invalid',
  'details-too-long',
  'locale-invalid',
  'rate-limited',
  'unsupported-content',
  'too-large',
  'server-error',
] as const satisfies readonly ProblemReportErrorCode[]

export const problemReportErrorMessages: Readonly<Record<ProblemReportErrorCode, string>> = {
  'listing-unknown':
    'The listing you reported is not on the Local Offer. Go back to the listing and use its "Report a problem" link',
  'problem-invalid':
    'Choose what is wrong: out of date, the service has closed, wrong contact details, or something else',
  'details-too-long': `Your details must be ${PROBLEM_DETAILS_MAX_LENGTH} characters or fewer`,
  'locale-invalid': 'Choose one of the languages the Local Offer is published in',
  'rate-limited': 'You have sent several reports in a short time. Wait a few minutes and try again',
  'unsupported-content': 'Send the form as a web form or as JSON',
  'too-large': 'The form sent was too large. Shorten your details and try again',
  'server-error':
    'Something went wrong on our side and your report was not saved. Please try again later',
}

export interface ProblemReportFieldError {
  readonly field: 'listing' | 'problem' | 'details' | 'locale'
  readonly code: ProblemReportErrorCode
  readonly message: string
}

export interface ProblemReportSubmission {
  /** The listing's slug, as the site knows it. */
  readonly listing: string
  readonly problem: ProblemKind
  /** Trimmed; empty when the family added nothing. */
  readonly details: string
  readonly locale: LocaleCode
}

export type ProblemReportValidation =
  | { readonly ok: true; readonly value: ProblemReportSubmission }
  | { readonly ok: false; readonly errors: readonly ProblemReportFieldError[] }

const fieldError = (
  field: ProblemReportFieldError['field'],
  code: ProblemReportErrorCode,
): ProblemReportFieldError => ({ field, code, message: problemReportErrorMessages[code] })

/** A slug as the CMS makes them: lower-case letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Checks a report as the form sends it. The listing and the kind of problem are needed; details
 * are optional (lengths count characters after trimming); the locale may be left out (English).
 * Whether the listing exists is for the CMS to say.
 */
export function validateProblemReport(
  input: Readonly<Record<string, unknown>>,
): ProblemReportValidation {
  const errors: ProblemReportFieldError[] = []
  const listing = typeof input.listing === 'string' ? input.listing.trim() : ''
  if (!SLUG.test(listing) || listing.length > 200) {
    errors.push(fieldError('listing', 'listing-unknown'))
  }
  if (!isProblemKind(input.problem)) errors.push(fieldError('problem', 'problem-invalid'))
  const details = typeof input.details === 'string' ? input.details.trim() : ''
  if ([...details].length > PROBLEM_DETAILS_MAX_LENGTH) {
    errors.push(fieldError('details', 'details-too-long'))
  }
  const rawLocale =
    typeof input.locale === 'string' && input.locale.trim() !== '' ? input.locale : defaultLocale
  if (!isLocaleCode(rawLocale)) errors.push(fieldError('locale', 'locale-invalid'))
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      listing,
      problem: input.problem as ProblemKind,
      details,
      locale: rawLocale as LocaleCode,
    },
  }
}
