import { describe, expect, it } from 'vitest'

import { MapUpTo } from '../src/mapUpTo.js'

describe('MapUpTo', () => {
  it('keeps at most its limit, letting every entry go when a new key would pass it', () => {
    const map = new MapUpTo<string, number>(2)
    map.set('a', 1).set('b', 2)
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    map.set('c', 3)
    expect([...map]).toEqual([['c', 3]])
  })

  it('changes a key it holds without letting the others go', () => {
    const map = new MapUpTo<string, number>(2)
    map.set('a', 1).set('b', 2).set('a', 3)
    expect([...map]).toEqual([
      ['a', 3],
      ['b', 2],
    ])
  })
})
