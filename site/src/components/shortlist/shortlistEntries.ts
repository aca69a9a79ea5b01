/**
 * What the shortlist page needs to know about each listing, published once per language as a
 * small static JSON file (`/shortlist/services.json`, `/pl/…`, `/ar/…`): the family's browser
 * fetches it and shows the saved listings with their contact details, addresses and opening
 * times. Listing pages stay free of this data (and under their 20 KB budget). Pure: tested on
 * its own, no page build needed.
 */
import { labelFor, onlineLinkPurposes, type LocaleCode } from '@local-offer/shared'
import type { TFunction } from 'i18next'

import { openingTimeText } from '../../lib/format'
import { showText } from '../../lib/localised'
import type { MaybeLocalised, SiteService } from '../../lib/model'
import { pathFor } from '../../lib/paths'

/** Text as shown on a page in one language; `lang` is set when it is English on another page. */
export interface ShownEntryText {
  text: string
  lang?: LocaleCode
}

export interface ShortlistEntry {
  slug: string
  name: ShownEntryText
  summary: ShownEntryText
  /** The listing page, in the same language. */
  path: string
  /** True for a setting with a Schedule 2 para 5 offer: it can be compared. */
  comparable: boolean
  contacts: Array<{ name?: string; role?: ShownEntryText; phone?: string; email?: string }>
  website?: string
  onlineLink?: { href: string; label: string }
  addresses: Array<{ name?: ShownEntryText; lines: string[] }>
  openingTimes: string[]
}

export interface ShortlistFile {
  entries: ShortlistEntry[]
}

export function shownEntryText(
  value: MaybeLocalised | undefined,
  locale: LocaleCode,
): ShownEntryText | undefined {
  const shown = showText(value, locale)
  if (!shown) return undefined
  return shown.lang === locale ? { text: shown.text } : { text: shown.text, lang: shown.lang }
}

export function isComparableSetting(service: SiteService): boolean {
  return service.educationOffer.some((answer) => Boolean(answer.text.en))
}

export function shortlistEntry(
  service: SiteService,
  locale: LocaleCode,
  t: TFunction,
): ShortlistEntry {
  const notes = (note: MaybeLocalised) => shownEntryText(note, locale)?.text
  return {
    slug: service.slug,
    name: shownEntryText(service.name, locale) ?? { text: service.name.en },
    summary: shownEntryText(service.summary, locale) ?? { text: service.summary.en },
    path: pathFor(locale, `/services/${service.slug}/`),
    comparable: isComparableSetting(service),
    contacts: service.contacts.map((contact) => ({
      name: contact.name,
      role: shownEntryText(contact.role, locale),
      phone: contact.phone,
      email: contact.email,
    })),
    website: service.website,
    onlineLink: service.access.referralUrl
      ? {
          href: service.access.referralUrl,
          label: labelFor(onlineLinkPurposes, service.access.onlineLinkPurpose, locale) ?? '',
        }
      : undefined,
    addresses: service.locations.map((location) => ({
      name: shownEntryText(location.name, locale),
      lines: [
        location.addressLine1,
        location.addressLine2,
        location.town,
        location.postcode,
      ].filter((line): line is string => Boolean(line)),
    })),
    openingTimes: service.openingTimes.map((time) => {
      const note = notes(time.note)
      const line = openingTimeText(t, time, locale)
      return note ? `${line} (${note})` : line
    }),
  }
}

export function shortlistFile(
  services: readonly SiteService[],
  locale: LocaleCode,
  t: TFunction,
): ShortlistFile {
  return { entries: services.map((service) => shortlistEntry(service, locale, t)) }
}
