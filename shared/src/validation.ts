import { parsePhoneNumberFromString } from 'libphonenumber-js'
import validator from 'validator'

import { MAX_AGE, MIN_AGE } from './ageGroups.js'
import { MapUpTo } from './mapUpTo.js'

/**
 * Validators shared by the CMS fields and import scripts.
 * Each returns `true` or a message that names what is wrong and says how to fix it,
 * which is the contract Payload field `validate` functions use.
 */
export type ValidationResult = true | string

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

export function validateEmail(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !validator.isEmail(value.trim())) {
    return 'Enter an email address in the correct format, like name@example.org.uk'
  }
  return true
}

/** A UK phone number: landline, mobile, or a non-geographic 03/08 number. */
export function validateUkPhone(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  const parsed = typeof value === 'string' ? parsePhoneNumberFromString(value, 'GB') : undefined
  if (!parsed?.isValid() || parsed.countryCallingCode !== '44') {
    return 'Enter a UK phone number, like 0121 496 0000 or 07911 123456'
  }
  return true
}

/**
 * Numbers already formatted: the site's footer shows the same two numbers on every page, and
 * parsing one costs more than making the rest of the footer (about 7 s of CPU for the 60,000
 * pages of a 10,000-listing build). Bounded, so a long-running process never grows with it.
 */
const formattedPhones = new MapUpTo<string, string>(1000)

/** Formats a valid UK phone number for display (e.g. "01632 960001"); returns the input otherwise. */
export function formatUkPhone(value: string): string {
  const known = formattedPhones.get(value)
  if (known !== undefined) return known
  const parsed = parsePhoneNumberFromString(value, 'GB')
  const formatted = parsed?.isValid() ? parsed.formatNational() : value
  formattedPhones.set(value, formatted)
  return formatted
}

export function validateWebsite(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (
    typeof value !== 'string' ||
    !validator.isURL(value.trim(), {
      protocols: ['http', 'https'],
      require_protocol: true,
      require_tld: true,
    })
  ) {
    return 'Enter a full web address starting with https://, like https://www.example.org.uk'
  }
  return true
}

/**
 * Where this installation's own site or CMS is reached: a full web address, or `localhost` while
 * a council tries it on one computer (`npm start` prints http://localhost:4321 and :3000), which
 * a public website address may not be.
 */
export function validateServerAddress(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (validateWebsite(value) === true) return true
  const text = typeof value === 'string' ? value.trim() : ''
  const onThisComputer =
    validator.isURL(text, {
      protocols: ['http', 'https'],
      require_protocol: true,
      require_tld: false,
    }) && new URL(text).hostname === 'localhost'
  return onThisComputer
    ? true
    : 'Enter the full web address it is reached at, like https://localoffer.example.gov.uk (or http://localhost:4321 while you try it on this computer)'
}

/** A full UK postcode (outward and inward code), with or without the space, in any case. */
const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i

export function validateUkPostcode(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !UK_POSTCODE.test(value.trim().replace(/\s+/g, ' '))) {
    return 'Enter a full UK postcode, like SW1A 1AA'
  }
  return true
}

/** "sw1a1aa" → "SW1A 1AA". Assumes a value that passed validateUkPostcode. */
export function normaliseUkPostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase()
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`
}

export function validateAge(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_AGE || value > MAX_AGE) {
    return `Enter an age in whole years from ${MIN_AGE} to ${MAX_AGE}`
  }
  return true
}

export function validateAgeRange(minAge: unknown, maxAge: unknown): ValidationResult {
  if (typeof minAge === 'number' && typeof maxAge === 'number' && minAge > maxAge) {
    return `The highest age (${maxAge}) must be the same as or more than the lowest age (${minAge})`
  }
  return true
}

/** A 24-hour time "HH:MM". */
export function validateTimeOfDay(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value.trim())) {
    return 'Enter a time in 24-hour format, like 09:00 or 17:30'
  }
  return true
}

/** URL schemes allowed in links inside rich text written by providers. */
export const allowedLinkProtocols = ['http:', 'https:', 'mailto:', 'tel:'] as const

export function validateLinkUrl(value: unknown): ValidationResult {
  if (isBlank(value)) return 'Enter the address the link goes to'
  if (typeof value !== 'string') return 'Enter the address the link goes to'
  const trimmed = value.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true
  try {
    const url = new URL(trimmed)
    if ((allowedLinkProtocols as readonly string[]).includes(url.protocol)) return true
  } catch {
    // fall through to the message below
  }
  return 'Links must start with https://, http://, mailto: or tel:, or be a path on this site starting with /'
}

/** A URL slug: lower-case letters, digits and single hyphens. */
export function validateSlug(value: unknown): ValidationResult {
  if (isBlank(value)) return 'Enter a slug'
  if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    return 'Use only lower-case letters, numbers and single hyphens, like how-to-request-an-assessment'
  }
  return true
}
