import { describe, expect, it } from 'vitest'

import {
  DEFAULT_BUTTON_LABEL,
  singleSignOnFromEnv,
} from '../../src/plugins/staffSingleSignOn/settings'
import {
  decideStaffAccount,
  emailFromClaims,
} from '../../src/plugins/staffSingleSignOn/staffAccount'
import type { User } from '../../src/payload-types'

const complete = {
  OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant-id/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
}
const CMS = 'https://localoffer-admin.example.gov.uk'

describe('staff single sign-on settings', () => {
  it('is off when none of the three is set', () => {
    expect(singleSignOnFromEnv({}, CMS)).toBeUndefined()
  })

  it('reads a complete configuration, with the redirect URI to register', () => {
    const settings = singleSignOnFromEnv({ ...complete, OIDC_REQUIRED_FOR_STAFF: 'true' }, CMS)
    expect(settings?.redirectUri.href).toBe(`${CMS}/api/users/sso/callback`)
    expect(settings?.buttonLabel).toBe(DEFAULT_BUTTON_LABEL)
    expect(settings?.requiredForStaff).toBe(true)
  })

  it('names what is missing from half a configuration', () => {
    expect(() => singleSignOnFromEnv({ OIDC_ISSUER_URL: complete.OIDC_ISSUER_URL }, CMS)).toThrow(
      'set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET as well as OIDC_ISSUER_URL',
    )
  })

  it('needs the CMS public address for the redirect URI', () => {
    expect(() => singleSignOnFromEnv(complete, undefined)).toThrow('needs CMS_PUBLIC_URL')
  })

  it('refuses a plain-HTTP issuer other than this machine', () => {
    expect(() =>
      singleSignOnFromEnv({ ...complete, OIDC_ISSUER_URL: 'http://idp.example.gov.uk' }, CMS),
    ).toThrow('must use https')
    expect(
      singleSignOnFromEnv({ ...complete, OIDC_ISSUER_URL: 'http://127.0.0.1:9000' }, CMS)?.issuer
        .href,
    ).toBe('http://127.0.0.1:9000/')
  })

  it('refuses a yes/no setting that is neither', () => {
    expect(() => singleSignOnFromEnv({ ...complete, OIDC_REQUIRED_FOR_STAFF: 'yes' }, CMS)).toThrow(
      'OIDC_REQUIRED_FOR_STAFF must be true or false',
    )
  })
})

describe('which account a council sign-in opens', () => {
  it('takes the email claim, else an address in preferred_username, lower-cased', () => {
    expect(emailFromClaims({ email: 'A.Officer@Council.gov.uk' })).toEqual({
      email: 'a.officer@council.gov.uk',
    })
    expect(emailFromClaims({ preferred_username: 'b@council.gov.uk' })).toEqual({
      email: 'b@council.gov.uk',
    })
    expect(emailFromClaims({ preferred_username: 'not an address' })).toEqual({
      reason: 'no-email',
    })
    expect(emailFromClaims({ email: 'a@council.gov.uk', email_verified: false })).toEqual({
      reason: 'email-not-verified',
    })
  })

  it('opens only an existing staff account', () => {
    const as = (role: User['role']) => ({ id: 1, role }) as User
    expect(decideStaffAccount('a@b.c', null)).toMatchObject({ ok: false, reason: 'no-account' })
    expect(decideStaffAccount('a@b.c', as('provider'))).toMatchObject({
      ok: false,
      reason: 'not-staff',
    })
    expect(decideStaffAccount('a@b.c', as('officer'))).toMatchObject({ ok: true })
    expect(decideStaffAccount('a@b.c', as('admin'))).toMatchObject({ ok: true })
  })
})
