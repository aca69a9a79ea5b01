import { describe, expect, it } from 'vitest'

import { closureOn, reopensOn } from '../src/temporaryClosure.js'

// A Payload date field with the day-only picker stores midday UTC of the chosen day.
const reopens = '2027-01-04T12:00:00.000Z'

describe('a temporary closure', () => {
  it('is open when not marked closed, whatever the date says', () => {
    expect(closureOn({ closed: false, reopens }, '2027-01-01T09:00:00Z')).toEqual({ closed: false })
    expect(closureOn(undefined)).toEqual({ closed: false })
  })

  it('is closed until the reopening day, which it names as a day in England', () => {
    expect(closureOn({ closed: true, reopens }, '2027-01-03T23:30:00Z')).toEqual({
      closed: true,
      reopens: '2027-01-04',
    })
  })

  it('ends by itself on the reopening day (in England, not UTC)', () => {
    expect(closureOn({ closed: true, reopens }, '2027-01-04T00:05:00Z')).toEqual({ closed: false })
    // 23:30 UTC on 3 July is 00:30 on 4 July in London (summer time): the reopening day.
    const summer = '2027-07-04T12:00:00.000Z'
    expect(closureOn({ closed: true, reopens: summer }, '2027-07-03T23:30:00Z')).toEqual({
      closed: false,
    })
    expect(closureOn({ closed: true, reopens: summer }, '2027-07-03T22:30:00Z')).toMatchObject({
      closed: true,
    })
  })

  it('stays closed with no reopening day until someone reopens it', () => {
    expect(closureOn({ closed: true }, '2030-01-01T00:00:00Z')).toEqual({ closed: true })
  })

  it('says when today is the reopening day (the site must be rebuilt)', () => {
    expect(reopensOn({ closed: true, reopens }, '2027-01-04T08:00:00Z')).toBe(true)
    expect(reopensOn({ closed: true, reopens }, '2027-01-03T08:00:00Z')).toBe(false)
    expect(reopensOn({ closed: false, reopens }, '2027-01-04T08:00:00Z')).toBe(false)
  })
})
