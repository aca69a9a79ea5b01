import { describe, expect, it } from 'vitest'

import { allowedOriginsFromEnv, trustedOrigins } from '../../src/config/allowedOrigins'

describe('CMS_ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list of addresses as origins', () => {
    expect(
      allowedOriginsFromEnv({
        CMS_ALLOWED_ORIGINS: ' https://admin.proxy.example.gov.uk/ ,http://10.1.2.3:8080,',
      }),
    ).toEqual(['https://admin.proxy.example.gov.uk', 'http://10.1.2.3:8080'])
    expect(allowedOriginsFromEnv({})).toEqual([])
  })

  it('refuses what a browser would never send as an Origin, naming each entry', () => {
    expect(() =>
      allowedOriginsFromEnv({
        CMS_ALLOWED_ORIGINS:
          'admin.proxy.example.gov.uk,https://proxy.example.gov.uk/admin,ftp://x.example',
      }),
    ).toThrow(
      'CMS_ALLOWED_ORIGINS: "admin.proxy.example.gov.uk" is not a web address (write it like https://cms.example.gov.uk); ' +
        '"https://proxy.example.gov.uk/admin" must be an address without a path (a browser sends only https://proxy.example.gov.uk); ' +
        '"ftp://x.example" must start with https:// or http://.',
    )
  })
})

describe('trustedOrigins', () => {
  it('trusts the public address in every loopback form when it is on this machine', () => {
    expect(trustedOrigins('http://localhost:3000/')).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ])
  })

  it('trusts a real public address as written, plus the listed ones', () => {
    expect(
      trustedOrigins('https://localoffer-admin.westbridge.gov.uk', [
        'https://proxy.example.gov.uk',
      ]),
    ).toEqual(['https://localoffer-admin.westbridge.gov.uk', 'https://proxy.example.gov.uk'])
  })

  it('leaves the list empty (any address) when neither is set, and refuses a list without the CMS’s own address', () => {
    expect(trustedOrigins(undefined)).toEqual([])
    expect(() => trustedOrigins(undefined, ['https://proxy.example.gov.uk'])).toThrow(
      'CMS_ALLOWED_ORIGINS is set but CMS_PUBLIC_URL is not',
    )
  })
})
