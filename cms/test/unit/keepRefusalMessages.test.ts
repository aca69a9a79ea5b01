import { formatErrors, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepRefusalMessages, UNKNOWN_ERROR_MESSAGE } from '../../src/hooks/keepRefusalMessages'

/**
 * An error class as the CMS's production build leaves Payload's: minified into an anonymous class
 * (so `this.constructor.name`, and with it `name`, is empty) and not the APIError that
 * formatErrors checks with instanceof.
 */
const [MinifiedError] = [
  class extends Error {
    constructor(
      message: string,
      readonly status: number,
      readonly data: unknown = null,
      readonly isPublic?: boolean,
    ) {
      super(message)
      this.name = this.constructor.name
    }
  },
]

/** formatErrors takes a plain record or an APIError; these errors are neither on purpose. */
const formatted = (error: Error) => formatErrors(error as unknown as Record<string, unknown>)

const hookOn = (error: Error) =>
  keepRefusalMessages({
    error,
    result: formatted(error),
    req: {} as PayloadRequest,
    context: {},
  })

describe('a refusal keeps its explanation when Payload no longer recognises the error', () => {
  const limit = 'The file is larger than 10 MB. Make the image smaller and upload it again.'

  it('Payload alone answers "An unknown error occurred." (what the built CMS sent)', () => {
    expect(new MinifiedError(limit, 413, { size: 11 }).name).toBe('')
    expect(formatted(new MinifiedError(limit, 413, { size: 11 }))).toEqual({
      errors: [{ message: UNKNOWN_ERROR_MESSAGE }],
    })
  })

  it('an oversized upload (413) says the limit', () => {
    expect(hookOn(new MinifiedError(limit, 413, { size: 11 }))).toEqual({
      response: { errors: [{ message: limit, data: { size: 11 } }] },
    })
  })

  it('a refusal marked public keeps its words whatever its status', () => {
    expect(hookOn(new MinifiedError('Save it as a draft.', 403, null, true))).toEqual({
      response: { errors: [{ message: 'Save it as a draft.' }] },
    })
  })

  it('a refused save keeps the field messages the admin shows beside each field', () => {
    const data = {
      errors: [{ path: 'description', message: 'The link "javascript:x" is not allowed.' }],
    }
    expect(
      hookOn(new MinifiedError('The following field is invalid: description', 400, data)),
    ).toEqual({
      response: { errors: [{ message: 'The following field is invalid: description', data }] },
    })
  })

  it('a ValidationError whose class is no longer recognised but still named keeps its field messages', () => {
    // What the built CMS sent for a refused link: the message, without `data`.
    const NamedCopy = class extends Error {
      constructor(
        message: string,
        readonly status: number,
        readonly data: unknown,
      ) {
        super(message)
        this.name = 'ValidationError'
      }
    }
    const data = {
      collection: 'services',
      errors: [{ path: 'description', message: 'Not allowed.' }],
    }
    const error = new NamedCopy('The following field is invalid: description', 400, data)
    expect(formatted(error)).toEqual({ errors: [{ message: error.message }] })
    expect(hookOn(error)).toEqual({ response: { errors: [{ message: error.message, data }] } })
  })

  it('an internal error (500) or one marked private still says nothing more', () => {
    expect(hookOn(new MinifiedError('connection string postgres://…', 500))).toBeUndefined()
    expect(hookOn(new MinifiedError('secret detail', 403, null, false))).toBeUndefined()
  })

  it('leaves an answer Payload already explained alone', () => {
    const named = new Error('Not allowed.')
    named.name = 'Forbidden'
    expect(hookOn(named)).toBeUndefined()
  })

  it('leaves an answer another hook rewrote alone', () => {
    const error = new MinifiedError('You are not allowed.', 403, { reason: 'x' })
    expect(
      keepRefusalMessages({
        error,
        result: { errors: [{ message: 'You are signed in, but this request came from…' }] },
        req: {} as PayloadRequest,
        context: {},
      }),
    ).toBeUndefined()
  })
})
