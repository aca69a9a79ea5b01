import { describe, expect, it } from 'vitest'

import { senderFromEnv, smtpFromEnv } from '../../src/email/emailAdapter'

describe('email settings from the environment', () => {
  it('uses no SMTP server when SMTP_HOST is unset (mail is saved to files)', () => {
    expect(smtpFromEnv({})).toBeNull()
  })

  it('reads host, port, TLS and login', () => {
    expect(
      smtpFromEnv({
        SMTP_HOST: 'smtp.example.org',
        SMTP_PORT: '465',
        SMTP_USER: 'lo',
        SMTP_PASS: 'pw',
      }),
    ).toEqual({ host: 'smtp.example.org', port: 465, secure: true, user: 'lo', pass: 'pw' })
    expect(smtpFromEnv({ SMTP_HOST: 'smtp.example.org', SMTP_SECURE: 'false' })).toMatchObject({
      port: 587,
      secure: false,
    })
  })

  it('refuses settings it cannot use, saying what to write instead', () => {
    expect(() => smtpFromEnv({ SMTP_HOST: 'h', SMTP_PORT: 'twenty-five' })).toThrow(/port number/)
    expect(() => smtpFromEnv({ SMTP_HOST: 'h', SMTP_SECURE: 'yes' })).toThrow(/"true"/)
    expect(() => smtpFromEnv({ SMTP_HOST: 'h', SMTP_USER: 'u' })).toThrow(/SMTP_PASS/)
    expect(() => senderFromEnv({ EMAIL_FROM: 'Local Offer <not an address>' })).toThrow(
      /not an email address/,
    )
  })

  it('reads the sender as "Name <address>" or a bare address', () => {
    expect(senderFromEnv({ EMAIL_FROM: 'Westbridge Local Offer <lo@westbridge.gov.uk>' })).toEqual({
      name: 'Westbridge Local Offer',
      address: 'lo@westbridge.gov.uk',
    })
    expect(senderFromEnv({ EMAIL_FROM: 'lo@westbridge.gov.uk' }).address).toBe(
      'lo@westbridge.gov.uk',
    )
  })
})
