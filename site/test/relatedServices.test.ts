import { describe, expect, it } from 'vitest'

import { relatedServicesFor } from '../src/lib/relatedServices'
import { siteService } from './fixtures'

const school = siteService({ id: '1', name: { en: 'Willows School' }, category: 'education' })
const college = siteService({ id: '2', name: { en: 'Bridge College' }, category: 'education' })
const sendiass = siteService({
  id: '3',
  name: { en: 'SENDIASS' },
  category: 'information-advice-support',
})
const swimming = siteService({ id: '4', name: { en: 'Swimming' }, category: 'childcare-leisure' })
const services = [school, college, sendiass, swimming]

describe('relatedServicesFor', () => {
  it('shows the listings an officer chose, in their order, over the derived ones', () => {
    const page = { relatedServiceIds: ['4', '1'], relatedCategories: ['education' as const] }
    expect(relatedServicesFor(page, services).map((s) => s.id)).toEqual(['4', '1'])
  })

  it('drops a chosen listing that is no longer on the site', () => {
    const page = { relatedServiceIds: ['99', '3'], relatedCategories: [] }
    expect(relatedServicesFor(page, services).map((s) => s.id)).toEqual(['3'])
  })

  it('else derives them from the page categories, the first category first, then by name', () => {
    const page = {
      relatedServiceIds: [],
      relatedCategories: ['information-advice-support' as const, 'education' as const],
    }
    expect(relatedServicesFor(page, services).map((s) => s.id)).toEqual(['3', '2', '1'])
  })

  it('shows at most the limit, and nothing for a page with no categories', () => {
    const page = { relatedServiceIds: [], relatedCategories: ['education' as const] }
    expect(relatedServicesFor(page, services, 1)).toHaveLength(1)
    expect(relatedServicesFor({ relatedServiceIds: [], relatedCategories: [] }, services)).toEqual(
      [],
    )
  })
})
