import { describe, expect, it } from 'vitest'

import { listingStatus, type ListingFacts } from '../../src/providerDashboard/listingStatus'

/** One status and one action per listing, in the order a provider must deal with them. */
const due = new Date('2027-03-01T00:00:00Z')
const facts = (overrides: Partial<ListingFacts>): ListingFacts => ({
  moderation: 'approved',
  latestIsDraft: false,
  live: { reviewStatus: 'current', dueDate: due },
  hasOpenProblemReport: false,
  ...overrides,
})

describe('listingStatus', () => {
  it.each([
    [
      'a returned change',
      { moderation: 'returned' as const, latestIsDraft: true },
      'returned',
      'See comment',
    ],
    [
      'a submitted change',
      { moderation: 'submitted' as const, latestIsDraft: true },
      'submitted',
      'View',
    ],
    [
      'a withdrawn listing',
      { live: { reviewStatus: 'withdrawn' as const, dueDate: due } },
      'withdrawn',
      'Review now',
    ],
    [
      'an overdue listing',
      { live: { reviewStatus: 'overdue' as const, dueDate: due } },
      'overdue',
      'Review now',
    ],
    ['a listing a family reported', { hasOpenProblemReport: true }, 'reported', 'Review now'],
    [
      'a listing due soon',
      { live: { reviewStatus: 'due-soon' as const, dueDate: due } },
      'due-soon',
      'Confirm still correct',
    ],
    [
      'a live listing with unsubmitted changes',
      { moderation: 'draft' as const, latestIsDraft: true },
      'live-with-changes',
      'Continue and submit',
    ],
    [
      'a draft never published',
      { moderation: 'draft' as const, latestIsDraft: true, live: null },
      'draft',
      'Continue and submit',
    ],
    ['a live, current listing', {}, 'live', 'Edit'],
  ])('%s', (_, overrides, kind, action) => {
    const status = listingStatus(facts(overrides))
    expect(status.kind).toBe(kind)
    expect(status.action.label).toBe(action)
  })

  it('gives the due date in England’s words', () => {
    expect(listingStatus(facts({ live: { reviewStatus: 'due-soon', dueDate: due } })).label).toBe(
      'Due for review on 1 March 2027',
    )
  })

  it('a returned comment comes before an overdue review, and a submission before it', () => {
    const overdue = { reviewStatus: 'overdue' as const, dueDate: due }
    expect(listingStatus(facts({ moderation: 'returned', live: overdue })).kind).toBe('returned')
    expect(listingStatus(facts({ moderation: 'submitted', live: overdue })).kind).toBe('submitted')
  })

  it('puts what needs doing before what is waiting or fine', () => {
    const order = [
      facts({ moderation: 'returned' }),
      facts({ live: { reviewStatus: 'overdue', dueDate: due } }),
      facts({ live: { reviewStatus: 'due-soon', dueDate: due } }),
      facts({}),
    ].map((f) => listingStatus(f).urgency)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
