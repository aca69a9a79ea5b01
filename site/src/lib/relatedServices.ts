/**
 * The listings an information page leads to (issue 11, item 9): the ones an officer chose, in
 * their order, or else the listings in the page's related categories, those that match most of
 * its categories first. Withdrawn or unpublished listings are not in `services`, so a choice that
 * has since gone simply drops out.
 */
import type { SitePage, SiteService } from './model'

export const RELATED_SERVICES_SHOWN = 6

export function relatedServicesFor(
  page: Pick<SitePage, 'relatedServiceIds' | 'relatedCategories'>,
  services: readonly SiteService[],
  limit = RELATED_SERVICES_SHOWN,
): SiteService[] {
  if (page.relatedServiceIds.length > 0) {
    const byId = new Map(services.map((service) => [service.id, service]))
    return page.relatedServiceIds
      .map((id) => byId.get(id))
      .filter((service): service is SiteService => service !== undefined)
      .slice(0, limit)
  }
  const categories = page.relatedCategories
  if (categories.length === 0) return []
  // A page lists its categories most relevant first: a listing in its first category ranks first.
  const rank = (service: SiteService) => categories.indexOf(service.category)
  return services
    .filter((service) => rank(service) >= 0)
    .sort((a, b) => rank(a) - rank(b) || a.name.en.localeCompare(b.name.en, 'en'))
    .slice(0, limit)
}
