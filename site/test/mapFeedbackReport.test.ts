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
