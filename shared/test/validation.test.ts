import { describe, expect, it } from 'vitest'

import {
  formatUkPhone,
  normaliseUkPostcode,
  slugify,
  validateAge,
  validateAgeRange,
  validateEmail,
  validateLinkUrl,
  validateSlug,
  validateTimeOfDay,
  validateUkPhone,
  validateUkPostcode,
  validateWebsite,
  validateServerAddress,
} from '../src/index.js'

describe('email', () => {
  it.each(['parent@example.org.uk', 'SENCO@school.example.sch.uk', 'a.b+c@nhs.example.nhs.uk'])(
    'accepts %s',
    (v) => expect(validateEmail(v)).toBe(true),
  )
  it.each(['parent-at-example.org', 'a@b', 'name@', '@example.org', 'two@@example.org'])(
    'refuses %s',
    (v) => expect(validateEmail(v)).toMatch(/correct format/),
  )
  it('leaves an empty optional value alone', () => expect(validateEmail('')).toBe(true))
})

describe('UK phone numbers', () => {
  it.each([
    '0121 496 0000',
    '020 7946 0123',
    '0113 496 0999',
    '0300 123 4567',
    '0800 123 4567',
    '+44 7911 123456',
    '07911123456',
  ])('accepts %s', (v) => expect(validateUkPhone(v)).toBe(true))
  it.each(['12345', '0121 496', 'phone us', '+1 212 555 0100', '999'])('refuses %s', (v) =>
    expect(validateUkPhone(v)).toMatch(/UK phone number/),
  )
  it('formats for display', () => expect(formatUkPhone('01214960000')).toBe('0121 496 0000'))
  it('formats the same number the same way when asked again, and leaves other text as it is', () => {
    expect(formatUkPhone('01214960000')).toBe('0121 496 0000')
    expect(formatUkPhone('not a number')).toBe('not a number')
    expect(formatUkPhone('not a number')).toBe('not a number')
  })
})

describe('websites', () => {
  it.each(['https://www.westbridge.gov.uk', 'http://example.org.uk/path?q=1'])('accepts %s', (v) =>
    expect(validateWebsite(v)).toBe(true),
  )
  it.each([
    'www.example.org',
    'javascript:alert(1)',
    'ftp://example.org',
    'https://localhost',
    'not a url',
  ])('refuses %s', (v) => expect(validateWebsite(v)).toMatch(/https:\/\//))
})

describe('postcodes', () => {
  it.each(['WB1 2AB', 'wb12ab', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT'])(
    'accepts %s',
    (v) => expect(validateUkPostcode(v)).toBe(true),
  )
  it.each(['12345', 'WB1', 'ABCDEFG', 'W1A 1A'])('refuses %s', (v) =>
    expect(validateUkPostcode(v)).toMatch(/UK postcode/),
  )
  it('normalises to upper case with one space before the inward code', () => {
    expect(normaliseUkPostcode('wb12ab')).toBe('WB1 2AB')
    expect(normaliseUkPostcode(' sw1a  1aa ')).toBe('SW1A 1AA')
  })
})

describe('ages', () => {
  it('accepts whole years from 0 to 25', () => {
    expect(validateAge(0)).toBe(true)
    expect(validateAge(25)).toBe(true)
  })
  it.each([-1, 26, 3.5])('refuses %s', (v) => expect(validateAge(v)).toMatch(/0 to 25/))
  it('refuses a minimum above the maximum, saying both', () => {
    expect(validateAgeRange(11, 5)).toBe(
      'The highest age (5) must be the same as or more than the lowest age (11)',
    )
    expect(validateAgeRange(5, 5)).toBe(true)
  })
})

describe('times, links and slugs', () => {
  it('checks 24-hour times', () => {
    expect(validateTimeOfDay('09:00')).toBe(true)
    expect(validateTimeOfDay('23:59')).toBe(true)
    expect(validateTimeOfDay('9am')).toMatch(/24-hour/)
    expect(validateTimeOfDay('24:00')).toMatch(/24-hour/)
  })
  it('allows only safe link schemes', () => {
    expect(validateLinkUrl('https://www.gov.uk')).toBe(true)
    expect(validateLinkUrl('mailto:send@example.org.uk')).toBe(true)
    expect(validateLinkUrl('tel:01214960000')).toBe(true)
    expect(validateLinkUrl('/services/portage')).toBe(true)
    expect(validateLinkUrl('javascript:alert(1)')).toMatch(/must start with/)
    expect(validateLinkUrl('data:text/html,<script>')).toMatch(/must start with/)
    expect(validateLinkUrl('//evil.example')).toMatch(/must start with/)
    expect(validateLinkUrl('JaVaScRiPt:alert(1)')).toMatch(/must start with/)
  })
  it('makes and checks slugs', () => {
    expect(slugify('Speech & Language Therapy (0–5)')).toBe('speech-and-language-therapy-0-5')
    expect(slugify('Żłobek Słoneczko')).toBe('zlobek-sloneczko')
    expect(validateSlug('portage-home-visiting')).toBe(true)
    expect(validateSlug('Portage Home')).toMatch(/lower-case/)
  })
})

describe('validateServerAddress', () => {
  it.each([
    'https://localoffer.anytown.gov.uk',
    'http://127.0.0.1:4391',
    'http://localhost:4321',
    'http://localhost:3000/',
  ])('accepts %s', (v) => expect(validateServerAddress(v)).toBe(true))
  it.each(['localhost:4321', 'http://intranet:3000', 'ftp://localhost', 'https://'])(
    'refuses %s, naming what to enter',
    (v) => expect(validateServerAddress(v)).toMatch(/localhost:4321 while you try it/),
  )
})
