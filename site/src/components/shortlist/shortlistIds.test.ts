import { describe, expect, it } from 'vitest'

import { cleanIds, idsFromSearch, parseStored, shareSearch, SHORTLIST_MAX } from './shortlistIds'

describe('shortlist ids', () => {
  it('reads both forms of a shared link, keeping order and dropping repeats', () => {
    expect(idsFromSearch('?ids=b-school,a-college,b-school')).toEqual(['b-school', 'a-college'])
    expect(idsFromSearch('?ids=b-school&ids=a-college')).toEqual(['b-school', 'a-college'])
    expect(idsFromSearch('')).toEqual([])
  })

  it('drops anything that is not a slug, so a tampered link cannot inject markup', () => {
    expect(idsFromSearch('?ids=%3Cscript%3E,ok-one,,-bad,bad-,..%2F,OK-Two')).toEqual([
      'ok-one',
      'ok-two',
    ])
  })

  it('keeps at most the maximum', () => {
    const many = Array.from({ length: SHORTLIST_MAX + 5 }, (_, i) => `s${i}`)
    expect(cleanIds(many)).toHaveLength(SHORTLIST_MAX)
  })

  it('reads a damaged stored value as an empty list', () => {
    expect(parseStored(null)).toEqual([])
    expect(parseStored('{not json')).toEqual([])
    expect(parseStored('{"a":1}')).toEqual([])
    expect(parseStored('["a-b", 3, "c"]')).toEqual(['a-b', 'c'])
  })

  it('writes the share link in the short form', () => {
    expect(shareSearch(['a', 'b'])).toBe('?ids=a,b')
    expect(shareSearch([])).toBe('')
  })
})
