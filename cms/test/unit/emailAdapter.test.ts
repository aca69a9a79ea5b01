import type { Payload } from 'payload'
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

describe('email in development without SMTP', () => {
  it('writes each message, complete, as an .eml file instead of sending it', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { fileEmailAdapter } = await import('../../src/email/emailAdapter')
    const dir = mkdtempSync(path.join(tmpdir(), 'local-offer-mail-'))
    try {
      const logged: string[] = []
      const payload = { logger: { info: (message: string) => logged.push(message) } }
      const adapter = (
        await fileEmailAdapter(path.join(dir, 'mail'), {
          name: 'Local Offer',
          address: 'lo@westbridge.example.gov.uk',
        })
      )({ payload: payload as unknown as Payload })
      await adapter.sendEmail({
        to: 'provider@example.org.uk',
        subject: 'Please check your listing',
        text: 'Hello',
      })
      const files = readdirSync(path.join(dir, 'mail'))
      expect(files).toHaveLength(1)
      expect(files[0]).toMatch(/\.eml$/)
      const raw = readFileSync(path.join(dir, 'mail', files[0]!), 'utf8')
      expect(raw).toMatch(/^Subject: Please check your listing$/m)
      expect(raw).toMatch(/^To: provider@example\.org\.uk$/m)
      expect(raw).toMatch(/^From: Local Offer <lo@westbridge\.example\.gov\.uk>$/m)
      expect(logged[0]).toContain(files[0])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
