import { defaultLocale, isLocaleCode, type LocaleCode } from './locales.js'
import { validateEmail, validateUkPhone } from './validation.js'

/**
 * "Ask for an account" (issue 12 item 4): what an organisation sends from the site's public form,
 * and the check of it. One source for the CMS (the endpoint, the collection) and the site (the
 * form and its error page, which explains each code in the requester's language).
 */

export const ACCOUNT_REQUEST_LIMITS = {
  organisationName: 150,
  contactName: 100,
  email: 254,
  phone: 30,
  offer: 500,
  registrationNumber: 50,
} as const

/** The form's fields, in the order the form and the error page show them. */
export const accountRequestFields = [
  'organisationName',
  'contactName',
  'email',
  'phone',
  'offer',
  'registrationNumber',
] as const

export type AccountRequestField = (typeof accountRequestFields)[number]

/** Why a request was refused; each names its field where it has one. */
export const accountRequestErrorCodes = [
  'organisation-name-missing',
  'organisation-name-too-long',
  'contact-name-missing',
  'contact-name-too-long',
  'email-invalid',
  'phone-invalid',
  'offer-missing',
  'offer-too-long',
  'registration-number-too-long',
  'locale-invalid',
  'rate-limited',
  'unsupported-content',
  'too-large',
  'server-error',
] as const

export type AccountRequestErrorCode = (typeof accountRequestErrorCodes)[number]

const L = ACCOUNT_REQUEST_LIMITS

/** English messages for JSON answers and the CMS log; the site has its own in each language. */
export const accountRequestErrorMessages: Readonly<Record<AccountRequestErrorCode, string>> = {
  'organisation-name-missing': "Enter your organisation's name",
  'organisation-name-too-long': `Your organisation's name must be ${L.organisationName} characters or fewer`,
  'contact-name-missing': 'Enter your name',
  'contact-name-too-long': `Your name must be ${L.contactName} characters or fewer`,
  'email-invalid': 'Enter an email address in the correct format, like name@example.org.uk',
  'phone-invalid': 'Enter a UK phone number, like 0121 496 0000, or leave it empty',
  'offer-missing': 'Say in a sentence or two what your organisation offers',
  'offer-too-long': `What your organisation offers must be ${L.offer} characters or fewer`,
  'registration-number-too-long': `The registration number must be ${L.registrationNumber} characters or fewer`,
  'locale-invalid': 'Choose one of the languages the Local Offer is published in',
  'rate-limited': 'You have sent several forms in a short time. Wait a few minutes and try again',
  'unsupported-content': 'Send the form as a web form or as JSON',
  'too-large': 'The form sent was too large. Shorten what you wrote and try again',
  'server-error':
    'Something went wrong on our side and your request was not saved. Please try again later',
}

export interface AccountRequestFieldError {
  readonly field: AccountRequestField | 'locale'
  readonly code: AccountRequestErrorCode
  readonly message: string
}

export interface AccountRequestSubmission {
  readonly organisationName: string
  readonly contactName: string
  /** Trimmed and lower-cased. */
  readonly email: string
  /** Empty when not given. */
  readonly phone: string
  readonly offer: string
  /** Registration, Ofsted URN or charity number; empty when not given. */
  readonly registrationNumber: string
  readonly locale: LocaleCode
}

export type AccountRequestValidation =
  | { readonly ok: true; readonly value: AccountRequestSubmission }
  | { readonly ok: false; readonly errors: readonly AccountRequestFieldError[] }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const length = (value: string): number => [...value].length

/**
 * Checks a request as the form sends it: organisation name, contact name, e-mail and what the
 * organisation offers are needed; phone and registration number are optional. Every wrong field
 * is named, not only the first.
 */
export function validateAccountRequest(
  input: Readonly<Record<string, unknown>>,
): AccountRequestValidation {
  const errors: AccountRequestFieldError[] = []
  const refuse = (field: AccountRequestFieldError['field'], code: AccountRequestErrorCode) =>
    errors.push({ field, code, message: accountRequestErrorMessages[code] })

  const organisationName = text(input.organisationName)
  if (!organisationName) refuse('organisationName', 'organisation-name-missing')
  else if (length(organisationName) > L.organisationName) {
    refuse('organisationName', 'organisation-name-too-long')
  }
  const contactName = text(input.contactName)
  if (!contactName) refuse('contactName', 'contact-name-missing')
  else if (length(contactName) > L.contactName) refuse('contactName', 'contact-name-too-long')

  const email = text(input.email).toLowerCase()
  if (!email || email.length > L.email || validateEmail(email) !== true) {
    refuse('email', 'email-invalid')
  }
  const phone = text(input.phone)
  if (phone && (phone.length > L.phone || validateUkPhone(phone) !== true)) {
    refuse('phone', 'phone-invalid')
  }
  const offer = text(input.offer)
  if (!offer) refuse('offer', 'offer-missing')
  else if (length(offer) > L.offer) refuse('offer', 'offer-too-long')

  const registrationNumber = text(input.registrationNumber)
  if (length(registrationNumber) > L.registrationNumber) {
    refuse('registrationNumber', 'registration-number-too-long')
  }
  const rawLocale = text(input.locale) || defaultLocale
  if (!isLocaleCode(rawLocale)) refuse('locale', 'locale-invalid')

  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      organisationName,
      contactName,
      email,
      phone,
      offer,
      registrationNumber,
      locale: rawLocale as LocaleCode,
    },
  }
}
