/**
 * The Council settings global as the site reads it (`locale=all`, depth 1 for the logo and
 * favicon). The raw schema accepts a global that was never filled in, so that the mapping can
 * name everything that is missing at once: the build refuses to publish a site that would say
 * nothing about who runs it, and the message lists each missing setting by its label in the CMS.
 */
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

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** Where an officer finds each setting in the CMS, for the build's message. */
const WHERE = 'under Administration → Council settings in the CMS'

export function mapCouncilSettings(
  raw: RawCouncilSettings,
  context: MapContext,
): SiteCouncilSettings {
  const missing: string[] = []
  const required = (value: string | null | undefined, label: string): string => {
    const trimmed = value?.trim()
    if (!trimmed) missing.push(label)
    return trimmed ?? ''
  }
  const requiredText = (value: RawCouncilSettings['councilName'], label: string): Localised => {
    const result = maybeLocalised(value)
    if (!result.en) missing.push(`${label} (English)`)
    return { ...result, en: result.en ?? '' }
  }

  const brandColour = required(raw.brandColour, 'Brand colour')
  if (brandColour && !HEX_COLOUR.test(brandColour))
    missing.push('Brand colour (a hex code like #005a70)')
  const accessibility = raw.accessibility ?? {}
  const settings: SiteCouncilSettings = {
    id: 'council-settings',
    councilName: requiredText(raw.councilName, 'Council name'),
    shortName: requiredText(raw.shortName, 'Short name'),
    footerNote: maybeLocalised(raw.footerNote),
    logo: typeof raw.logo === 'object' ? mapImage(raw.logo, context) : undefined,
    favicon: typeof raw.favicon === 'object' ? mapImage(raw.favicon, context) : undefined,
    brandColour,
    examplePostcode: required(raw.examplePostcode, 'Example postcode'),
    contact: {
      email: required(raw.contact?.email, 'SEND team e-mail'),
      phone: required(raw.contact?.phone, 'SEND team phone'),
      address: raw.contact?.address?.trim() || undefined,
    },
    sendiass: {
      name: requiredText(raw.sendiass?.name, 'SENDIASS helpline name'),
      phone: required(raw.sendiass?.phone, 'SENDIASS helpline phone'),
      url: required(raw.sendiass?.url, 'SENDIASS helpline website'),
    },
    addresses: {
      localOffer: required(raw.addresses?.localOffer, 'The Local Offer website'),
      cms: required(raw.addresses?.cms, 'This CMS'),
    },
    accessibility: {
      contactEmail: required(
        accessibility.contactEmail,
        'Accessibility statement: who to contact (e-mail)',
      ),
      // The statement gives a phone number; the SEND team's unless the council names another.
      contactPhone: accessibility.contactPhone?.trim() || raw.contact?.phone?.trim() || '',
      responseDays: accessibility.responseDays ?? 0,
      enforcement: requiredText(
        accessibility.enforcement,
        'Accessibility statement: enforcement procedure',
      ),
      lastReviewed: required(
        accessibility.lastReviewed,
        'Accessibility statement: date last reviewed',
      ).slice(0, 10),
    },
    footerLinks: (raw.footerLinks ?? []).map((link, index) => ({
      label: requiredText(link.label, `Footer link ${index + 1}: label`),
      url: required(link.url, `Footer link ${index + 1}: URL`),
    })),
  }
  if (!accessibility.responseDays)
    missing.push('Accessibility statement: response time (working days)')
  if (missing.length > 0) {
    throw new CmsError(
      `The council settings are not complete, so the site cannot be published. Fill them in ${WHERE}: ` +
        `${missing.join('; ')}.`,
    )
  }
  return settings
}
