import type { LocaleCode } from '@local-offer/shared'

import { compareIn } from './format'

export interface InitialGroup<T> {
  initial: string
  /** Safe for an id attribute. */
  id: string
  items: T[]
}

/** Sorts items by name in the locale's order and groups them under their first letter. */
export function groupByInitial<T>(
  items: T[],
  nameOf: (item: T) => string,
  locale: LocaleCode,
): InitialGroup<T>[] {
  const compare = compareIn(locale)
  const sorted = [...items].sort((a, b) => compare(nameOf(a), nameOf(b)))
  const groups: InitialGroup<T>[] = []
  for (const item of sorted) {
    const first = [...nameOf(item).trim()][0] ?? '#'
    const initial = /[\p{L}]/u.test(first) ? initialLetter(first, locale, compare) : '#'
    let group = groups.find((g) => compare(g.initial, initial) === 0)
    if (!group) {
      group = {
        initial,
        id: initial === '#' ? 'other' : encodeURIComponent(initial.toLowerCase()).replace(/%/g, ''),
        items: [],
      }
      groups.push(group)
    }
    group.items.push(item)
  }
  return groups
}

/**
 * The letter a name is listed under: an accented letter the locale does not treat as a letter
 * of its own goes under its base letter (É under E in English), one it does keeps its place
 * (Ś in Polish).
 */
function initialLetter(
  first: string,
  locale: LocaleCode,
  compare: (a: string, b: string) => number,
): string {
  const letter = first.toLocaleUpperCase(locale)
  const base = [...letter.normalize('NFD')][0] ?? letter
  return compare(base, letter) === 0 ? base : letter
}
