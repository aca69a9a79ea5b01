/**
 * Every localised text a listing page shows, so the page can say when any of it is shown in
 * English because it has not been translated (UntranslatedNotice). A new section that shows
 * listing text adds its fields here.
 */
import type { MaybeLocalised, SiteService } from '../../lib/model'

export function listingTexts(service: SiteService): MaybeLocalised[] {
  return [
    service.name,
    service.summary,
    service.descriptionHtml,
    service.eligibility,
    service.access.howToAccess,
    service.cost.detail,
    service.howToComplain,
    ...service.educationOffer.map((answer) => answer.text),
    ...service.locations.flatMap((location) => [location.name, location.accessibility]),
    ...service.contacts.map((contact) => contact.role),
    ...service.openingTimes.map((time) => time.note),
  ]
}
