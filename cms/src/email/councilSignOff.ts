import type { Payload } from 'payload'

import { COUNCIL_SETTINGS_SLUG } from '../globals/CouncilSettings'

/**
 * How the CMS's e-mails end: the council's Local Offer team and how to reach the SEND team,
 * from the Council settings. Before a council has filled them in, a plain "The Local Offer team".
 */
export function signOffLines(settings: {
  shortName?: string | null
  contact?: { email?: string | null; phone?: string | null } | null
}): string[] {
  const team = settings.shortName?.trim()
    ? `The ${settings.shortName.trim()} Local Offer team`
    : 'The Local Offer team'
  const reach = [settings.contact?.email, settings.contact?.phone]
    .map((value) => value?.trim())
    .filter(Boolean)
    .join(' · ')
  return ['', 'Thank you,', team, ...(reach ? [reach] : [])]
}

/** The sign-off, in English (the CMS's e-mails are in English), read from the Council settings. */
export async function councilSignOff(payload: Payload): Promise<string> {
  const settings = await payload.findGlobal({
    slug: COUNCIL_SETTINGS_SLUG,
    locale: 'en',
    depth: 0,
    overrideAccess: true,
  })
  return signOffLines(settings).join('\n')
}
