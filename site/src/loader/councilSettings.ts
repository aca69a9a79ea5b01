/**
 * The Council settings global as the site reads it (`locale=all`, depth 1 for the logo and
 * favicon). The raw schema accepts a global that was never filled in, so that the mapping can
 * name everything that is missing at once: the build refuses to publish a site that would say
 * nothing about who runs it, and the message lists each missing setting by its label in the CMS.
 */
import { missingCouncilSettings } from '@local-offer/shared'
import { z } from 'astro/zod'

import type { Localised, SiteCouncilSettings } from '../lib/model'
import { CmsError } from './cmsClient'
import { mapImage, maybeLocalised, type MapContext } from './mapContent'
import { localized, rawMediaSchema } from './rawSchemas'

const text = z.string().nullish()
const media = z.union([rawMediaSchema, z.number(), z.string()]).nullish()

export const rawCouncilSettingsSchema = z.object({
  councilName: localized(z.string()),
  shortName: localized(z.string()),
  footerNote: localized(z.string()),
  logo: media,
  favicon: media,
  brandColour: text,
  examplePostcode: text,
  contact: z.object({ email: text, phone: text, address: text }).nullish(),
  sendiass: z.object({ name: localized(z.string()), phone: text, url: text }).nullish(),
  addresses: z.object({ localOffer: text, cms: text }).nullish(),
  accessibility: z
    .object({
      contactEmail: text,
      contactPhone: text,
      responseDays: z.number().int().positive().nullish(),
      enforcement: localized(z.string()),
      lastReviewed: text,
    })
    .nullish(),
  footerLinks: z.array(z.object({ label: localized(z.string()), url: text })).nullish(),
})

export type RawCouncilSettings = z.infer<typeof rawCouncilSettingsSchema>

/** Where an officer finds each setting in the CMS, for the build's message. */
const WHERE = 'under Administration → Council settings in the CMS'

const trimmed = (value: string | null | undefined) => value?.trim() ?? ''
const english = (value: RawCouncilSettings['councilName']): Localised => {
  const result = maybeLocalised(value)
  return { ...result, en: result.en ?? '' }
}

export function mapCouncilSettings(
  raw: RawCouncilSettings,
  context: MapContext,
): SiteCouncilSettings {
  const accessibility = raw.accessibility ?? {}
  const settings: SiteCouncilSettings = {
    id: 'council-settings',
    councilName: english(raw.councilName),
    shortName: english(raw.shortName),
    footerNote: maybeLocalised(raw.footerNote),
    logo: typeof raw.logo === 'object' ? mapImage(raw.logo, context) : undefined,
    favicon: typeof raw.favicon === 'object' ? mapImage(raw.favicon, context) : undefined,
    brandColour: trimmed(raw.brandColour),
    examplePostcode: trimmed(raw.examplePostcode),
    contact: {
      email: trimmed(raw.contact?.email),
      phone: trimmed(raw.contact?.phone),
      address: raw.contact?.address?.trim() || undefined,
    },
    sendiass: {
      name: english(raw.sendiass?.name),
      phone: trimmed(raw.sendiass?.phone),
      url: trimmed(raw.sendiass?.url),
    },
    addresses: {
      localOffer: trimmed(raw.addresses?.localOffer),
      cms: trimmed(raw.addresses?.cms),
    },
    accessibility: {
      contactEmail: trimmed(accessibility.contactEmail),
      // The statement gives a phone number; the SEND team's unless the council names another.
      contactPhone: accessibility.contactPhone?.trim() || raw.contact?.phone?.trim() || '',
      responseDays: accessibility.responseDays ?? 0,
      enforcement: english(accessibility.enforcement),
      lastReviewed: trimmed(accessibility.lastReviewed).slice(0, 10),
    },
    footerLinks: (raw.footerLinks ?? []).map((link) => ({
      label: english(link.label),
      url: trimmed(link.url),
    })),
  }
  // The same rule as the CMS's setup checklist (shared), on the English text.
  const missing = missingCouncilSettings({
    ...settings,
    councilName: settings.councilName.en,
    shortName: settings.shortName.en,
    sendiass: { ...settings.sendiass, name: settings.sendiass.name.en },
    accessibility: {
      ...settings.accessibility,
      enforcement: settings.accessibility.enforcement.en,
      lastReviewed: settings.accessibility.lastReviewed,
    },
    footerLinks: settings.footerLinks.map((link) => ({ label: link.label.en, url: link.url })),
  })
  if (missing.length > 0) {
    throw new CmsError(
      `The council settings are not complete, so the site cannot be published. Fill them in ${WHERE}: ` +
        `${missing.join('; ')}.`,
    )
  }
  return settings
}
