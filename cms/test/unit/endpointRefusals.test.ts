import { APIError, formatErrors, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doNotCache } from '../../src/endpoints/doNotCache'
import {
  badRequest,
  conflict,
  forbidden,
  notSignedIn,
  tooLarge,
} from '../../src/endpoints/httpErrors'
import { requireRole, requireSignedIn, requireStaff } from '../../src/endpoints/requireUser'
import type { User } from '../../src/payload-types'

const userWith = (role: User['role']) =>
  ({ id: 1, email: `${role}@example.org`, role, collection: 'users' }) as unknown as User
const requestAs = (user?: User) => ({ user }) as unknown as PayloadRequest

/** The status and public message of what `act` throws. */
function refusal(act: () => unknown): { status: number; message: string; isPublic: boolean } {
  try {
    act()
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return { status: error.status, message: error.message, isPublic: error.isPublic }
  }
  throw new Error('Nothing was refused')
}

describe('the errors endpoints throw', () => {
  it.each([
    [badRequest, 400],
    [notSignedIn, 401],
    [forbidden, 403],
    [conflict, 409],
  ] as const)('%o has status %i and shows its message', (make, status) => {
    expect(
      refusal(() => {
        throw make('Say why.')
      }),
    ).toEqual({ status, message: 'Say why.', isPublic: true })
  })
})

describe('who an endpoint lets in', () => {
  it('asks the signed-out to sign in', () => {
    expect(refusal(() => requireSignedIn(requestAs()))).toMatchObject({
      status: 401,
      message: 'Sign in to do this.',
    })
    expect(refusal(() => requireSignedIn(requestAs(), 'Sign in to export.'))).toMatchObject({
      status: 401,
      message: 'Sign in to export.',
    })
  })

  it('lets staff in and refuses providers with the endpoint’s own words', () => {
    const messages = { notSignedIn: 'Sign in first.', notStaff: 'Staff only.' }
    const officer = userWith('officer')
    expect(requireStaff(requestAs(officer), messages)).toBe(officer)
    expect(requireStaff(requestAs(userWith('admin')), messages).role).toBe('admin')
    expect(refusal(() => requireStaff(requestAs(userWith('provider')), messages))).toMatchObject({
      status: 403,
      message: 'Staff only.',
    })
    expect(refusal(() => requireStaff(requestAs(), messages))).toMatchObject({
      status: 401,
      message: 'Sign in first.',
    })
  })

  it('checks a role', () => {
    expect(() => requireRole(userWith('provider'), ['provider'], 'No.')).not.toThrow()
    expect(refusal(() => requireRole(userWith('provider'), ['admin'], 'No.'))).toMatchObject({
      status: 403,
      message: 'No.',
    })
  })
})

describe('doNotCache', () => {
  it('marks the answer no-store and keeps headers already set for the response', () => {
    const req = {
      responseHeaders: new Headers({ 'Set-Cookie': 'a=b' }),
    } as unknown as PayloadRequest
    doNotCache(req)
    expect(req.responseHeaders?.get('Cache-Control')).toBe('no-store')
    expect(req.responseHeaders?.get('Set-Cookie')).toBe('a=b')
    const bare = {} as PayloadRequest
    doNotCache(bare)
    expect(bare.responseHeaders?.get('Cache-Control')).toBe('no-store')
  })
})

describe('refusals after the production build has minified the error class', () => {
  // Next's production build turns Payload's APIError into an anonymous class, so
  // `this.constructor.name` is '' and Payload's handler answered "An unknown error occurred."
  // for every refusal. Emptying the class name here reproduces that.
  const originalName = Object.getOwnPropertyDescriptor(APIError, 'name')
  beforeAll(() => {
    Object.defineProperty(APIError, 'name', { value: '', configurable: true })
  })
  afterAll(() => {
    if (originalName) Object.defineProperty(APIError, 'name', originalName)
  })

  it('still says what to do', () => {
    for (const error of [
      badRequest('Send a comment.'),
      notSignedIn('Sign in to do this.'),
      forbidden('Save it as a draft and submit it for review.'),
      tooLarge('The file is larger than 10 MB.'),
    ]) {
      expect(formatErrors(error).errors[0]?.message).toBe(error.message)
    }
  })
})
