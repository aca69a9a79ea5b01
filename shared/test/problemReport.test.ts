import { describe, expect, it } from 'vitest'

import { PROBLEM_DETAILS_MAX_LENGTH, validateProblemReport } from '../src/problemReport.js'

describe('validateProblemReport', () => {
  it('accepts a listing, a kind of problem and no details, in English by default', () => {
    expect(
      validateProblemReport({ listing: 'willows-short-breaks', problem: 'service-closed' }),
    ).toEqual({
      ok: true,
      value: {
        listing: 'willows-short-breaks',
        problem: 'service-closed',
        details: '',
        locale: 'en',
      },
    })
  })

  it('trims the details and keeps the page language', () => {
    const result = validateProblemReport({
      listing: 'a',
      problem: 'something-else',
      details: '  The phone number rings out.  ',
      locale: 'ar',
    })
    expect(result).toMatchObject({
      ok: true,
      value: { details: 'The phone number rings out.', locale: 'ar' },
    })
  })

  it.each([
    ['no listing', { problem: 'out-of-date' }, ['listing-unknown']],
    [
      'a listing that is not a slug',
      { listing: '../admin', problem: 'out-of-date' },
      ['listing-unknown'],
    ],
    ['no problem chosen', { listing: 'a' }, ['problem-invalid']],
    ['an unknown problem', { listing: 'a', problem: 'too-loud' }, ['problem-invalid']],
    [
      'details over the limit',
      { listing: 'a', problem: 'out-of-date', details: 'x'.repeat(PROBLEM_DETAILS_MAX_LENGTH + 1) },
      ['details-too-long'],
    ],
    [
      'an unknown language',
      { listing: 'a', problem: 'out-of-date', locale: 'fr' },
      ['locale-invalid'],
    ],
  ])('refuses %s, naming the reason', (_, input, codes) => {
    const result = validateProblemReport(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(codes)
  })
})
