import { describe, expect, it } from 'vitest'

import { ACCOUNT_REQUEST_LIMITS, validateAccountRequest } from '../src/accountRequest.js'

const valid = {
  organisationName: '  Riverside Play Group ',
  contactName: 'Amira Haddad',
  email: 'Amira@Riverside.example.org',
  offer: 'Saturday play sessions for children with SEND aged 4 to 11.',
}

describe('validateAccountRequest', () => {
  it('accepts the required fields, trims them, lower-cases the e-mail, English by default', () => {
    expect(validateAccountRequest(valid)).toEqual({
      ok: true,
      value: {
        organisationName: 'Riverside Play Group',
        contactName: 'Amira Haddad',
        email: 'amira@riverside.example.org',
        phone: '',
        offer: 'Saturday play sessions for children with SEND aged 4 to 11.',
        registrationNumber: '',
        locale: 'en',
      },
    })
  })

  it('keeps the optional phone and registration number and the page language', () => {
    const result = validateAccountRequest({
      ...valid,
      phone: '0121 496 0000',
      registrationNumber: 'EY123456',
      locale: 'pl',
    })
    expect(result).toMatchObject({
      ok: true,
      value: { phone: '0121 496 0000', registrationNumber: 'EY123456', locale: 'pl' },
    })
  })

  it('names every wrong field, not only the first', () => {
    const result = validateAccountRequest({ email: 'not an address', phone: '12', locale: 'fr' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['organisationName', 'organisation-name-missing'],
      ['contactName', 'contact-name-missing'],
      ['email', 'email-invalid'],
      ['phone', 'phone-invalid'],
      ['offer', 'offer-missing'],
      ['locale', 'locale-invalid'],
    ])
  })

  it('refuses text over its limit, counting characters (Arabic letters are one each)', () => {
    const result = validateAccountRequest({
      ...valid,
      organisationName: 'م'.repeat(ACCOUNT_REQUEST_LIMITS.organisationName + 1),
      offer: 'x'.repeat(ACCOUNT_REQUEST_LIMITS.offer + 1),
      registrationNumber: '1'.repeat(ACCOUNT_REQUEST_LIMITS.registrationNumber + 1),
    })
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([
      'organisation-name-too-long',
      'offer-too-long',
      'registration-number-too-long',
    ])
    expect(
      validateAccountRequest({
        ...valid,
        organisationName: 'م'.repeat(ACCOUNT_REQUEST_LIMITS.organisationName),
      }).ok,
    ).toBe(true)
  })

  it('treats non-text values as missing', () => {
    const result = validateAccountRequest({ ...valid, contactName: 42, offer: ['a'] })
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([
      'contact-name-missing',
      'offer-missing',
    ])
  })
})
