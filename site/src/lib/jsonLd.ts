/** schema.org descriptions of listings and providers, for search engines and other readers. */
import { getCategory, type LocaleCode } from '@local-offer/shared'

import { textIn } from './localised'
import type { SiteOrganisationSummary, SiteService } from './model'

/** schema.org DayOfWeek names (the short form schema.org and search engines accept). */
const DAY_NAMES: Record<string, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
}

/** The provider, briefly: its description is on its own site, and logos are served by the CMS. */
export function organisationJsonLd(organisation: SiteOrganisationSummary) {
  return {
    '@type': organisation.type === 'local-authority' ? 'GovernmentOrganization' : 'Organization',
    name: organisation.name,
    url: organisation.website,
    email: organisation.email,
    telephone: organisation.phone,
  }
}

export function serviceJsonLd(service: SiteService, locale: LocaleCode, pageUrl: string) {
  const contact = service.contacts[0]
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    url: pageUrl,
    name: textIn(service.name, locale),
    // The summary is the page's meta description; it is not repeated here (page weight budget).
    inLanguage: locale,
    category: textIn(getCategory(service.category).label, locale),
    provider: organisationJsonLd(service.organisation),
    audience: {
      '@type': 'PeopleAudience',
      suggestedMinAge: service.ageRange.minimum,
      suggestedMaxAge: service.ageRange.maximum,
    },
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: service.website ?? service.access.referralUrl,
      servicePhone: contact?.phone
        ? { '@type': 'ContactPoint', telephone: contact.phone }
        : undefined,
      availableLanguage: service.languages.length > 0 ? service.languages : undefined,
      serviceLocation: service.locations.map((location) => ({
        '@type': 'Place',
        name: textIn(location.name, locale) || undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: [location.addressLine1, location.addressLine2].filter(Boolean).join(', '),
          addressLocality: location.town,
          postalCode: location.postcode,
          addressCountry: 'GB',
        },
      })),
    },
    hoursAvailable: service.openingTimes.map((time) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: time.days.map((day) => DAY_NAMES[day]),
      opens: time.opens,
      closes: time.closes,
    })),
    isAccessibleForFree: service.cost.type === 'free',
    dateModified: service.updatedAt,
  }
}

/** JSON for a <script type="application/ld+json">, safe to put inside HTML. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
