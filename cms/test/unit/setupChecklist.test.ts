import { describe, expect, it } from 'vitest'

import {
  allDone,
  setupChecklist,
  type SetupFacts,
  type SetupItem,
  type SetupItemKey,
} from '../../src/plugins/setupChecklist/checklist'

const nothingDone: SetupFacts = {
  missingCouncilSettings: ['Council name (English)', 'SEND team e-mail'],
  areasSetUp: false,
  organisations: 0,
  providers: 0,
  publishedListings: 0,
  accessibilityReviewed: false,
}

const everythingDone: SetupFacts = {
  missingCouncilSettings: [],
  areasSetUp: true,
  organisations: 1,
  providers: 2,
  publishedListings: 1,
  accessibilityReviewed: true,
}

const paths = { admin: '/admin' }

describe('the setup checklist', () => {
  it('lists the six steps of a council’s first day in order, all to do on an empty CMS', () => {
    const items = setupChecklist(nothingDone, paths)
    expect(items.map((item) => [item.key, item.done])).toEqual([
      ['councilSettings', false],
      ['areas', false],
      ['organisation', false],
      ['provider', false],
      ['listing', false],
      ['accessibilityReviewed', false],
    ])
    expect(allDone(items)).toBe(false)
  })

  it('says what to do next with a link to the admin page for it', () => {
    const items = setupChecklist(nothingDone, paths)
    const byKey = (key: SetupItemKey): SetupItem => {
      const item = items.find((candidate) => candidate.key === key)
      if (!item) throw new Error(`No checklist item ${key}`)
      return item
    }
    expect(byKey('councilSettings').text).toContain(
      'Missing: Council name (English); SEND team e-mail.',
    )
    expect(byKey('councilSettings').href).toBe('/admin/globals/council-settings')
    expect(byKey('organisation').href).toBe('/admin/collections/organisations/create')
    expect(byKey('provider').href).toBe('/admin/invite-provider')
    expect(byKey('listing').href).toBe('/admin/collections/services/create')
    expect(byKey('accessibilityReviewed').href).toBe('/admin/globals/council-settings')
    // No admin page for areas yet: no link rather than a broken one.
    expect(byKey('areas').href).toBeUndefined()
    expect(
      setupChecklist(nothingDone, { admin: '/cms', areas: '/collections/areas' })[1]?.href,
    ).toBe('/cms/collections/areas')
  })

  it('ticks each step by its own fact, one at a time', () => {
    const steps: [keyof SetupFacts, SetupFacts[keyof SetupFacts], string][] = [
      ['missingCouncilSettings', [], 'councilSettings'],
      ['areasSetUp', true, 'areas'],
      ['organisations', 1, 'organisation'],
      ['providers', 1, 'provider'],
      ['publishedListings', 1, 'listing'],
      ['accessibilityReviewed', true, 'accessibilityReviewed'],
    ]
    for (const [fact, value, key] of steps) {
      const items = setupChecklist({ ...nothingDone, [fact]: value }, paths)
      expect(items.filter((item) => item.done).map((item) => item.key)).toEqual([key])
    }
  })

  it('is all done when every fact is, and then says so in words', () => {
    const items = setupChecklist(everythingDone, paths)
    expect(allDone(items)).toBe(true)
    expect(items.find((item) => item.key === 'councilSettings')?.text).not.toContain('Missing')
  })
})
