import { describe, expect, it } from 'vitest'

import { guidanceLinks, siteTools, toolBesidePage } from '../src/lib/pageTools'

describe('site tools beside information pages', () => {
  it('puts the EHC timeline beside the page on asking for an assessment', () => {
    expect(toolBesidePage('request-an-ehc-needs-assessment')).toBe('ehcTimeline')
    expect(siteTools.ehcTimeline.path).toBe('/ehc-timeline/')
    expect(toolBesidePage('preparing-for-adulthood')).toBe('adulthoodJourney')
    expect(toolBesidePage('personal-budgets')).toBeUndefined()
  })

  it('links only to guidance that is published', () => {
    expect(
      guidanceLinks(new Set(['sendiass']), [
        ['sendiass', 'SENDIASS'],
        ['send-tribunal', 'Tribunal'],
      ]),
    ).toEqual([{ path: '/information/sendiass/', label: 'SENDIASS' }])
  })
})
