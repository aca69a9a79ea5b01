import { describe, expect, it } from 'vitest'

import {
  categoryValues,
  COMMENT_MAX_LENGTH,
  feedbackTopics,
  isReportingYear,
  reportingYearOf,
  reportingYearRange,
  validateCommentSubmission,
} from '../src/index.js'

describe('reporting years', () => {
  it.each([
    ['2025-09-01T00:00:00+01:00', '2025-26'],
    ['2025-08-31T23:30:00+01:00', '2024-25'],
    ['2026-03-03T12:00:00Z', '2025-26'],
    ['2026-08-31T22:59:59Z', '2025-26'],
    ['2026-08-31T23:00:00Z', '2026-27'],
  ])('%s is in %s', (date, year) => {
    expect(reportingYearOf(date)).toBe(year)
  })

  it('accepts only consecutive years', () => {
    expect(isReportingYear('2025-26')).toBe(true)
    expect(isReportingYear('2099-00')).toBe(true)
    expect(isReportingYear('2025-27')).toBe(false)
    expect(isReportingYear('2025/26')).toBe(false)
    expect(isReportingYear(2025)).toBe(false)
  })

  it('runs from midnight on 1 September, UK time', () => {
    const { start, end } = reportingYearRange('2025-26')
    expect(start.toISOString()).toBe('2025-08-31T23:00:00.000Z')
    expect(end.toISOString()).toBe('2026-08-31T23:00:00.000Z')
    expect(() => reportingYearRange('2025')).toThrow(/2025-26/)
  })
})

describe('validating a comment from the form', () => {
  it('accepts a comment with defaults for what was left out', () => {
    expect(
      validateCommentSubmission({ comment: '  The transport page is out of date.  ' }),
    ).toEqual({
      ok: true,
      value: {
        comment: 'The transport page is out of date.',
        respondent: 'prefer-not-to-say',
        topic: 'general',
        locale: 'en',
      },
    })
  })

  it('offers every category, the website and general as topics', () => {
    const topics = feedbackTopics.map((t) => t.value)
    expect(topics).toEqual(['general', 'website', ...categoryValues])
  })

  it.each([
    [{}, 'comment-missing'],
    [{ comment: '     \n\t ' }, 'comment-missing'],
    [{ comment: ['a list'] }, 'comment-missing'],
    [{ comment: 'too short' }, 'comment-too-short'],
    [{ comment: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }, 'comment-too-long'],
    [{ comment: 'A fine comment.', respondent: 'alien' }, 'respondent-invalid'],
    [{ comment: 'A fine comment.', topic: 'weather' }, 'topic-invalid'],
    [{ comment: 'A fine comment.', locale: 'xx' }, 'locale-invalid'],
  ])('refuses %j with %s and says what to fix', (input, code) => {
    const result = validateCommentSubmission(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.code)).toEqual([code])
    expect(result.errors[0]?.message.length).toBeGreaterThan(10)
  })

  it('counts characters, not bytes, so 3,000 Arabic letters fit', () => {
    expect(validateCommentSubmission({ comment: 'ب'.repeat(COMMENT_MAX_LENGTH) }).ok).toBe(true)
  })

  it('reports every problem at once', () => {
    const result = validateCommentSubmission({ comment: '', topic: 'x', respondent: 'y' })
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'comment',
      'respondent',
      'topic',
    ])
  })
})
