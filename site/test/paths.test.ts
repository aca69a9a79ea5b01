import { describe, expect, it } from 'vitest'

import { localeItemPaths } from '../src/lib/paths'

describe('localeItemPaths', () => {
  it('gives every item a route in every locale, English at the root', () => {
    const paths = localeItemPaths(['a', 'b'], (slug) => ({
      params: { slug },
      props: { title: slug.toUpperCase() },
    }))
    expect(paths).toEqual([
      { params: { slug: 'a', locale: undefined }, props: { title: 'A', locale: 'en' } },
      { params: { slug: 'b', locale: undefined }, props: { title: 'B', locale: 'en' } },
      { params: { slug: 'a', locale: 'pl' }, props: { title: 'A', locale: 'pl' } },
      { params: { slug: 'b', locale: 'pl' }, props: { title: 'B', locale: 'pl' } },
      { params: { slug: 'a', locale: 'ar' }, props: { title: 'A', locale: 'ar' } },
      { params: { slug: 'b', locale: 'ar' }, props: { title: 'B', locale: 'ar' } },
    ])
  })
})
