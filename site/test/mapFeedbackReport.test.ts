import { describe, expect, it } from 'vitest'

import { CmsError } from '../src/loader/cmsClient'
import { mapFeedbackReport } from '../src/loader/mapContent'
import { rawFeedbackReportSchema } from '../src/loader/rawSchemas'

const report = (overrides: Record<string, unknown> = {}) =>
  rawFeedbackReportSchema.parse({
    id: 3,
    year: '2025-26',
    title: { en: 'You said, we did 2025-26', pl: 'Wasze uwagi 2025-26' },
    introduction: { en: 'Between September 2025 and August 2026 we received 15 comments.' },
    commentsReceived: 15,
    themes: [
      {
        id: 'theme-1',
        title: { en: 'Waiting times for speech and language therapy' },
        topic: 'health',
        whatPeopleSaid: { en: 'Families wait too long.', ar: 'تنتظر العائلات طويلاً.' },
        response: { en: 'You are right.' },
        action: { en: 'We are recruiting two therapists.' },
        status: 'in-progress',
        commentCount: 3,
        quotes: [
          { id: 'q1', text: '  My son [name] waited a year.  ' },
          { id: 'q2', text: ' ' },
        ],
      },
    ],
    updatedAt: '2026-09-30T10:00:00.000Z',
    ...overrides,
  })

describe('mapFeedbackReport', () => {
  it('keeps the year, the counts and each theme in its locales', () => {
    const mapped = mapFeedbackReport(report())
    expect(mapped.year).toBe('2025-26')
    expect(mapped.commentsReceived).toBe(15)
    expect(mapped.title).toEqual({ en: 'You said, we did 2025-26', pl: 'Wasze uwagi 2025-26' })
    const [theme] = mapped.themes
    expect(theme?.status).toBe('in-progress')
    expect(theme?.whatPeopleSaid).toEqual({
      en: 'Families wait too long.',
      ar: 'تنتظر العائلات طويلاً.',
    })
    expect(theme?.commentCount).toBe(3)
  })

  it('keeps only non-empty quotes, as trimmed plain text', () => {
    expect(mapFeedbackReport(report()).themes[0]?.quotes).toEqual(['My son [name] waited a year.'])
  })

  it('refuses a report without an English title, naming the year', () => {
    expect(() => mapFeedbackReport(report({ title: { pl: 'Tylko po polsku' } }))).toThrow(CmsError)
    expect(() => mapFeedbackReport(report({ title: { pl: 'Tylko po polsku' } }))).toThrow(/2025-26/)
  })

  it('rejects a theme status or a year the site does not know', () => {
    expect(() => report({ year: '2025' })).toThrow()
    expect(() =>
      rawFeedbackReportSchema.parse({
        ...report(),
        themes: [{ ...report().themes![0], status: 'maybe' }],
      }),
    ).toThrow()
  })
})

describe('mapFeedbackReport: the Local Offer in numbers', () => {
  const counts = {
    rows: { dimension: 'category', values: [{ value: 'health', label: { en: 'Health' } }] },
    columns: {
      dimension: 'age',
      values: [
        { value: '0-5', label: { en: '0 to 5 years' } },
        { value: '5-11', label: { en: '5 to 11 years' } },
      ],
    },
    cells: [[4, 0]],
    listings: 4,
  }

  it('keeps the counts and the day in England they were taken', () => {
    const mapped = mapFeedbackReport(
      report({
        localOfferCounts: [
          // Half past midnight in summer in England is still the 30th in UTC.
          { id: 'c1', note: { en: 'Few services.' }, takenAt: '2026-06-30T23:30:00.000Z', counts },
        ],
      }),
    )
    expect(mapped.localOfferCounts).toEqual([
      { id: 'c1', note: { en: 'Few services.' }, takenOn: '2026-07-01', counts },
    ])
    expect(mapFeedbackReport(report()).localOfferCounts).toEqual([])
  })

  it('stops the build, naming the report, when the counts do not fit their rows and columns', () => {
    const wrong = report({
      localOfferCounts: [
        { id: 'c1', takenAt: '2026-06-01T10:00:00Z', counts: { ...counts, cells: [[4]] } },
      ],
    })
    expect(() => mapFeedbackReport(wrong)).toThrow(CmsError)
    expect(() => mapFeedbackReport(wrong)).toThrow(/report 2025-26 \(id 3\): counts 1 .*cells/)
  })
})
