import { describe, expect, it } from 'vitest'

import { groupByInitial } from '../src/lib/alphabetical'

const byName = (names: string[], locale: 'en' | 'pl' | 'ar') =>
  groupByInitial(names, (name) => name, locale)

const summary = (names: string[], locale: 'en' | 'pl' | 'ar') =>
  byName(names, locale).map((group) => [group.initial, group.items])

describe('groupByInitial', () => {
  it('sorts and groups English names by first letter', () => {
    expect(
      summary(
        ['Sport for all', 'art club', 'Autism outreach', 'Speech therapy', 'Buddy scheme'],
        'en',
      ),
    ).toEqual([
      ['A', ['art club', 'Autism outreach']],
      ['B', ['Buddy scheme']],
      ['S', ['Speech therapy', 'Sport for all']],
    ])
  })

  it('gives Polish letters their own groups in Polish alphabetical order', () => {
    const names = [
      'Żłobek Tęcza',
      'Łódź Club',
      'Zajęcia sportowe',
      'Lekcje pływania',
      'łatwe czytanie',
      'Źródło',
      'Ćwiczenia',
      'Centrum wsparcia',
      'Śpiewamy razem',
      'Świetlica',
      'Szkoła specjalna',
      'Mama i ja',
    ]
    expect(summary(names, 'pl')).toEqual([
      ['C', ['Centrum wsparcia']],
      ['Ć', ['Ćwiczenia']],
      ['L', ['Lekcje pływania']],
      ['Ł', ['łatwe czytanie', 'Łódź Club']],
      ['M', ['Mama i ja']],
      ['S', ['Szkoła specjalna']],
      ['Ś', ['Śpiewamy razem', 'Świetlica']],
      ['Z', ['Zajęcia sportowe']],
      ['Ź', ['Źródło']],
      ['Ż', ['Żłobek Tęcza']],
    ])
  })

  it('puts Ł after L and before M in Polish, even when written in lower case', () => {
    const initials = byName(['mapa', 'łąka', 'lampa'], 'pl').map((group) => group.initial)
    expect(initials).toEqual(['L', 'Ł', 'M'])
  })

  it('lists an accented name under its plain letter where the language has no such letter', () => {
    expect(
      summary(['Écoles sans frontières', 'Education welfare', 'Śląsk club', 'Sport'], 'en'),
    ).toEqual([
      ['E', ['Écoles sans frontières', 'Education welfare']],
      ['S', ['Śląsk club', 'Sport']],
    ])
  })

  it('puts names that do not start with a letter under "#"', () => {
    const groups = byName(['1st Steps nursery', 'Able kids', '"Hello" group', '…and more'], 'en')
    expect(groups.map((group) => [group.initial, group.id])).toEqual([
      ['#', 'other'],
      ['A', 'a'],
    ])
    expect([...(groups[0]?.items ?? [])].sort()).toEqual([
      '"Hello" group',
      '1st Steps nursery',
      '…and more',
    ])
  })

  it('groups Arabic names, with digits under "#"', () => {
    const groups = byName(['بيت الأطفال', '5 نجوم', 'مركز الدعم', 'أمل', 'الأسرة'], 'ar')
    expect(groups.map((group) => group.initial)).toEqual(['#', 'ا', 'ب', 'م'])
    expect(groups[1]?.items).toEqual(['الأسرة', 'أمل'])
  })

  it('takes the initial after any leading spaces', () => {
    expect(byName(['  zoo trip'], 'en').map((group) => group.initial)).toEqual(['Z'])
  })

  it('makes ids that are safe for an id attribute and distinct per letter', () => {
    const ids = byName(['Lampa', 'Łąka', 'Ślad', 'Sad', '7 dni'], 'pl').map((group) => group.id)
    expect(ids).toEqual(['other', 'l', 'C582', 's', 'C59B'])
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9-]+$/)
  })

  it('sorts numbers in names by value', () => {
    expect(byName(['Group 10', 'Group 9', 'Group 1'], 'en')[0]?.items).toEqual([
      'Group 1',
      'Group 9',
      'Group 10',
    ])
  })

  it('does not reorder the list it is given', () => {
    const names = ['B', 'A']
    byName(names, 'en')
    expect(names).toEqual(['B', 'A'])
  })

  it('gives no groups for no names', () => {
    expect(byName([], 'pl')).toEqual([])
  })
})
