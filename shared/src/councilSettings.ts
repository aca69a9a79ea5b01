/**
 * When are a council's settings complete enough to publish? One rule, used by the site build
 * (which refuses to publish an incomplete council, naming each missing value) and by the CMS's
 * setup checklist (which ticks "Council settings" once nothing is missing). The labels are the
 * fields' labels in the CMS (Administration → Council settings), so an officer can find each one.
 */

/** The Council settings as both sides can read them: translated text in English only. */
export interface CouncilSettingsFacts {
  councilName?: string | null
  shortName?: string | null
  brandColour?: string | null
  examplePostcode?: string | null
  contact?: { email?: string | null; phone?: string | null } | null
  sendiass?: { name?: string | null; phone?: string | null; url?: string | null } | null
  addresses?: { localOffer?: string | null; cms?: string | null } | null
  accessibility?: {
    contactEmail?: string | null
    responseDays?: number | null
    enforcement?: string | null
    lastReviewed?: string | null
  } | null
  footerLinks?: readonly { label?: string | null; url?: string | null }[] | null
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** The label of every required value that is missing, in the order the CMS shows them. */
export function missingCouncilSettings(settings: CouncilSettingsFacts): string[] {
  const missing: string[] = []
  const need = (value: string | null | undefined, label: string) => {
    if (!value?.trim()) missing.push(label)
  }
  need(settings.councilName, 'Council name (English)')
  need(settings.shortName, 'Short name (English)')
  const brandColour = settings.brandColour?.trim()
  need(brandColour, 'Brand colour')
  if (brandColour && !HEX_COLOUR.test(brandColour))
    missing.push('Brand colour (a hex code like #005a70)')
  need(settings.examplePostcode, 'Example postcode')
  need(settings.contact?.email, 'SEND team e-mail')
  need(settings.contact?.phone, 'SEND team phone')
  need(settings.sendiass?.name, 'SENDIASS helpline name (English)')
  need(settings.sendiass?.phone, 'SENDIASS helpline phone')
  need(settings.sendiass?.url, 'SENDIASS helpline website')
  need(settings.addresses?.localOffer, 'The Local Offer website')
  need(settings.addresses?.cms, 'This CMS')
  const accessibility = settings.accessibility ?? {}
  need(accessibility.contactEmail, 'Accessibility statement: who to contact (e-mail)')
  need(accessibility.enforcement, 'Accessibility statement: enforcement procedure (English)')
  need(accessibility.lastReviewed, 'Accessibility statement: date last reviewed')
  ;(settings.footerLinks ?? []).forEach((link, index) => {
    need(link.label, `Footer link ${index + 1}: label (English)`)
    need(link.url, `Footer link ${index + 1}: URL`)
  })
  if (!accessibility.responseDays)
    missing.push('Accessibility statement: response time (working days)')
  return missing
}
