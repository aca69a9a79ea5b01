import type { LocalisedText } from './locales.js'

/** The lowest and highest ages the Local Offer covers (Children and Families Act 2014 s.30: 0-25). */
export const MIN_AGE = 0
export const MAX_AGE = 25

/** Age groups families filter by; each is [from, to) in whole years, the last one closed at 25. */
export const ageGroups = [
  {
    value: '0-5',
    from: 0,
    to: 5,
    label: { en: '0 to 5 years', pl: '0–5 lat', ar: 'من 0 إلى 5 سنوات' },
  },
  {
    value: '5-11',
    from: 5,
    to: 11,
    label: { en: '5 to 11 years', pl: '5–11 lat', ar: 'من 5 إلى 11 سنة' },
  },
  {
    value: '11-16',
    from: 11,
    to: 16,
    label: { en: '11 to 16 years', pl: '11–16 lat', ar: 'من 11 إلى 16 سنة' },
  },
  {
    value: '16-19',
    from: 16,
    to: 19,
    label: { en: '16 to 19 years', pl: '16–19 lat', ar: 'من 16 إلى 19 سنة' },
  },
  {
    value: '19-25',
    from: 19,
    to: 25,
    label: { en: '19 to 25 years', pl: '19–25 lat', ar: 'من 19 إلى 25 سنة' },
  },
] as const satisfies readonly { value: string; from: number; to: number; label: LocalisedText }[]

export type AgeGroupValue = (typeof ageGroups)[number]['value']

/**
 * The age groups a service for ages `minAge`..`maxAge` (inclusive, whole years) serves.
 * A service for ages 4-11 serves 0-5 (a four-year-old) and 5-11; one for exactly 5 serves 5-11.
 */
export function ageGroupsForRange(minAge: number, maxAge: number): AgeGroupValue[] {
  if (!Number.isFinite(minAge) || !Number.isFinite(maxAge) || minAge > maxAge) return []
  return ageGroups
    .filter((group) => {
      const lastAgeInGroup = group.to === MAX_AGE ? MAX_AGE : group.to - 1
      return minAge <= lastAgeInGroup && maxAge >= group.from
    })
    .map((group) => group.value)
}
