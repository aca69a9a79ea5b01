import type { Payload } from 'payload'

import { COUNCIL_SETTINGS_SLUG } from '../globals/CouncilSettings'
import { signOffLines } from './councilSignOff'

export interface CouncilForEmails {
  /** Who the e-mail is from, as people know the council: its full name, else its short name. */
  councilName: string
  /** The council's contact address (Council settings), or null before it is filled in. */
  contactEmail: string | null
  /** The e-mail's last lines (see councilSignOff). */
  signOff: string
}

/**
 * What an e-mail needs to say who it is from, read from the Council settings (no council's words
 * in code). Before a council has filled them in, "the council" and a plain sign-off.
 */
export async function councilForEmails(payload: Payload): Promise<CouncilForEmails> {
  const settings = await payload.findGlobal({
    slug: COUNCIL_SETTINGS_SLUG,
    locale: 'en',
    depth: 0,
    overrideAccess: true,
  })
  const councilName = settings.councilName?.trim() || settings.shortName?.trim() || 'the council'
  return {
    councilName,
    contactEmail: settings.contact?.email?.trim() || null,
    signOff: signOffLines(settings).join('\n'),
  }
}
