import { describe, expect, it } from 'vitest'

import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'

const validate = requiredInDefaultLocale('Enter a short summary')

describe('requiredInDefaultLocale', () => {
  it('asks for the text in English, and lets a translation fall back to it', () => {
    expect(validate('', { req: { locale: 'en' } })).toBe('Enter a short summary')
    expect(validate(undefined, { req: { locale: 'pl' } })).toBe(true)
  })

  it('keeps the field’s maxLength in every language (a validate function replaces Payload’s)', () => {
    expect(validate('x'.repeat(300), { req: { locale: 'pl' }, maxLength: 300 })).toBe(true)
    expect(validate('x'.repeat(301), { req: { locale: 'pl' }, maxLength: 300 })).toBe(
      'Keep this to 300 characters or fewer: it has 301.',
    )
    expect(validate('x'.repeat(301), { req: { locale: 'en' } })).toBe(true)
  })
})
