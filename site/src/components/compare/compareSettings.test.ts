import { describe, expect, it } from 'vitest'

import { siteService } from '../../../test/fixtures'
import { useTranslations } from '../../i18n'
import { chooseSettings } from './comparePage'
import { compareFile, type ComparableSetting } from './compareSettings'

const school = siteService({
  slug: 'willows',
  name: { en: 'Willows School', pl: 'Szkoła Willows' },
  educationOffer: [
    { key: 'approachToTeaching', text: { en: 'Small classes.', pl: 'Małe klasy.' } },
    { key: 'facilities', text: { en: 'Lifts.' } },
  ],
})
const swimming = siteService({ slug: 'swimming', educationOffer: [] })

describe('compareFile', () => {
  it('lists the ten Schedule 2 para 5 questions and only settings with answers', () => {
    const file = compareFile([swimming, school], 'pl', useTranslations('pl'))
    expect(file.questions).toHaveLength(10)
    expect(file.questions[0]!.key).toBe('approachToTeaching')
    expect(file.settings.map((s) => s.slug)).toEqual(['willows'])
    expect(file.settings[0]!.path).toBe('/pl/services/willows/')
    expect(file.settings[0]!.answers).toEqual({
      approachToTeaching: { text: 'Małe klasy.' },
      facilities: { text: 'Lifts.', lang: 'en' },
    })
  })
})

describe('chooseSettings', () => {
  const known = ['a', 'b', 'c', 'd', 'e'].map((slug): ComparableSetting => ({
    slug,
    name: { text: slug },
    path: `/${slug}/`,
    answers: {},
  }))
  const limits = { min: 2, max: 4 }

  it('compares 2 to 4 known settings in the order asked', () => {
    expect(chooseSettings(['c', 'a'], known, limits)).toEqual({
      settings: [known[2], known[0]],
      problems: [],
    })
  })

  it('shows the first 4 of more, and says so', () => {
    const choice = chooseSettings(['a', 'b', 'c', 'd', 'e'], known, limits)
    expect(choice.settings).toHaveLength(4)
    expect(choice.problems).toEqual(['tooMany'])
  })

  it('leaves out unknown settings and asks for more when fewer than 2 are left', () => {
    expect(chooseSettings(['a', 'nope'], known, limits)).toEqual({
      settings: [],
      problems: ['unknown', 'chooseMore'],
    })
  })
})
