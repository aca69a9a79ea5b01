/**
 * The words every page uses to name the council and the site, in one language, from the
 * Council settings: the council's name, its short name and the site's name ("Anytown Local
 * Offer", worded by the locale file's `site.name`).
 */
import type { LocaleCode } from '@local-offer/shared'
import type { TFunction } from 'i18next'

import { textIn } from '../localised'
import type { SiteCouncilSettings } from '../model'

export interface CouncilWords {
  council: string
  shortName: string
  siteName: string
}

export function councilWords(
  settings: SiteCouncilSettings,
  locale: LocaleCode,
  t: TFunction,
): CouncilWords {
  const shortName = textIn(settings.shortName, locale)
  return {
    council: textIn(settings.councilName, locale),
    shortName,
    siteName: t('site.name', { shortName }),
  }
}

/** The stylesheet that gives the site the council's brand colour (served as /council.css). */
export function councilStylesheet(settings: Pick<SiteCouncilSettings, 'brandColour'>): string {
  // Checked twice before it gets here (the CMS and the loader): a six-digit hex colour only.
  if (!/^#[0-9a-f]{6}$/i.test(settings.brandColour)) {
    throw new Error(`The brand colour "${settings.brandColour}" is not a six-digit hex colour.`)
  }
  return `:root{--lo-brand:${settings.brandColour.toLowerCase()}}\n`
}
