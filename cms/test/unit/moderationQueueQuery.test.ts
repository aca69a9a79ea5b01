import { describe, expect, it } from 'vitest'

import {
  queueHref,
  queueWhere,
  readQueueQuery,
  waitingFor,
} from '../../src/views/ModerationQueue/queueQuery'

describe('the moderation queue’s address', () => {
  it('reads filters, page and the opened submission', () => {
    expect(readQueueQuery({ organisation: '4', waiting: '7', page: '2', id: '19' })).toEqual({
      organisation: '4',
      waitingMoreThanDays: 7,
      page: 2,
      id: '19',
    })
  })

  it('falls back to the whole queue for anything odd', () => {
    expect(
      readQueueQuery({ organisation: "4' or 1=1", waiting: '5', page: '-3', id: ['<x>'] }),
    ).toEqual({ organisation: undefined, waitingMoreThanDays: 0, page: 1, id: undefined })
    expect(readQueueQuery(undefined)).toEqual({ waitingMoreThanDays: 0, page: 1 })
  })

  it('reads the decision just made, and drops one that names no listing or an unknown outcome', () => {
    expect(readQueueQuery({ done: 'approved', listing: '12' }).done).toEqual({
      outcome: 'approved',
      listing: '12',
    })
    expect(readQueueQuery({ done: 'returned', listing: '12' }).done?.outcome).toBe('returned')
    expect(readQueueQuery({ done: 'deleted', listing: '12' }).done).toBeUndefined()
    expect(readQueueQuery({ done: 'approved', listing: '<x>' }).done).toBeUndefined()
    expect(
      queueHref('/admin/moderation', {
        organisation: '4',
        waitingMoreThanDays: 0,
        page: 1,
        done: { outcome: 'approved', listing: '12' },
      }),
    ).toBe('/admin/moderation?organisation=4&done=approved&listing=12')
  })

  it('keeps the filters in its links and leaves defaults out', () => {
    expect(
      queueHref('/admin/moderation', { organisation: '4', waitingMoreThanDays: 7, page: 1 }),
    ).toBe('/admin/moderation?organisation=4&waiting=7')
    expect(queueHref('/admin/moderation', { waitingMoreThanDays: 0, page: 1 })).toBe(
      '/admin/moderation',
    )
  })
})

describe('which submissions the queue lists', () => {
  const now = new Date('2027-03-10T12:00:00Z')
  it('only submissions, of one organisation, waiting more than the chosen days', () => {
    expect(queueWhere({ organisation: '4', waitingMoreThanDays: 7, page: 1 }, now)).toEqual({
      and: [
        { moderation: { equals: 'submitted' } },
        { organisation: { equals: '4' } },
        { updatedAt: { less_than: '2027-03-03T12:00:00.000Z' } },
      ],
    })
  })

  it('says how long each has waited', () => {
    expect(waitingFor('2027-03-10T08:00:00Z', now)).toBe('today')
    expect(waitingFor('2027-03-09T08:00:00Z', now)).toBe('1 day')
    expect(waitingFor('2027-02-28T08:00:00Z', now)).toBe('10 days')
  })
})
