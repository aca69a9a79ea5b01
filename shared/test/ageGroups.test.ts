import { describe, expect, it } from 'vitest'

import { ageGroupsForRange } from '../src/index.js'

describe('age groups a service serves', () => {
  it.each([
    [0, 25, ['0-5', '5-11', '11-16', '16-19', '19-25']],
    [0, 4, ['0-5']],
    [0, 5, ['0-5', '5-11']],
    [4, 11, ['0-5', '5-11', '11-16']],
    [5, 10, ['5-11']],
    [11, 15, ['11-16']],
    [16, 18, ['16-19']],
    [16, 25, ['16-19', '19-25']],
    [19, 25, ['19-25']],
    [25, 25, ['19-25']],
  ])('ages %i-%i → %j', (min, max, groups) => {
    expect(ageGroupsForRange(min, max)).toEqual(groups)
  })
  it('returns nothing for an impossible range', () => {
    expect(ageGroupsForRange(10, 5)).toEqual([])
    expect(ageGroupsForRange(Number.NaN, 5)).toEqual([])
  })
})
