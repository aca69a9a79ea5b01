import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { backfillReviewAndModeration } from '../../src/migrations/frozen/reviewAndModerationBackfill'

/**
 * The data part of the review-and-moderation migration is frozen: these are the statements it ran
 * when it was written, and must go on running whatever the live review rules become.
 */
describe('the frozen review-and-moderation backfill', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Noon in England on 1 July 2027 (BST): "today" is 1 July there whatever the server's zone.
    vi.setSystemTime(new Date('2027-07-01T11:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the same statements it always has', async () => {
    const statements: string[] = []
    const rows: Record<string, Record<string, unknown>[]> = {
      services: [
        { id: 1, lastReviewed: '2026-07-02T10:00:00.000Z', interval: null }, // due 2 July: due soon
        { id: 2, lastReviewed: new Date('2026-01-15T10:00:00Z'), interval: 12 }, // due in January
        { id: 3, lastReviewed: '2027-06-01T10:00:00.000Z', interval: 6 }, // due in December
        { id: 4, lastReviewed: '2026-07-01T10:00:00.000Z', interval: null }, // due today
        { id: 'not a number', lastReviewed: null, interval: null },
      ],
      _services_v: [{ id: 7, lastReviewed: null, interval: 24 }],
    }
    await backfillReviewAndModeration({
      run: async (statement) => {
        statements.push(statement)
      },
      rows: async (statement) => rows[/FROM "(\w+)"/.exec(statement)?.[1] ?? ''] ?? [],
    })
    expect(statements).toEqual([
      `UPDATE "services" SET "moderation" = 'approved' WHERE "_status" = 'published'`,
      `UPDATE "_services_v" SET "version_moderation" = 'approved' WHERE "version__status" = 'published'`,
      `UPDATE "services" SET "review_interval_months" = NULL WHERE "review_interval_months" = 12`,
      `UPDATE "_services_v" SET "version_review_interval_months" = NULL WHERE "version_review_interval_months" = 12`,
      `UPDATE "services" SET "review_status" = 'due-soon' WHERE "id" IN (1)`,
      `UPDATE "services" SET "review_status" = 'overdue' WHERE "id" IN (2, 4)`,
      `UPDATE "services" SET "review_status" = 'current' WHERE "id" IN (3)`,
      // A version with no review date counts as reviewed today.
      `UPDATE "_services_v" SET "version_review_status" = 'current' WHERE "id" IN (7)`,
    ])
  })
})
